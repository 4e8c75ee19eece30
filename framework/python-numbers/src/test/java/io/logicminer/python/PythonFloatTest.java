package io.logicminer.python;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Outputs of CPython 3 for the same inputs. */
class PythonFloatTest {

    @Test
    void reprIsPythons() {
        assertEquals("0.30000000000000004", PythonFloat.repr(0.1 + 0.2));
        assertEquals("123.0", PythonFloat.repr(123.0));
        assertEquals("-0.0", PythonFloat.repr(-0.0));
        assertEquals("1e-05", PythonFloat.repr(1e-5));
        assertEquals("0.0001", PythonFloat.repr(1e-4));
        assertEquals("1e+16", PythonFloat.repr(1e16));
        assertEquals("9999999999999998.0", PythonFloat.repr(9999999999999998.0));
        assertEquals("3.1999999999999993", PythonFloat.repr(-16 * (9.0 / 5) + 32));
        assertEquals("-1.5e-07", PythonFloat.repr(-1.5e-7));
    }

    @Test
    void roundAndFixedWorkOnTheExactBinaryValue() {
        assertEquals(2.67, PythonFloat.round(2.675, 2)); // 2.675 is 2.67499999... in binary
        assertEquals(0.12, PythonFloat.round(0.125, 2)); // an exact tie goes to even
        assertEquals(0.38, PythonFloat.round(0.375, 2));
        assertEquals("2.67", PythonFloat.fixed(2.675, 2));
        assertEquals("1.00", PythonFloat.fixed(1.005, 2));
        assertEquals("37.62", PythonFloat.fixed(66 / 100.0 * 57, 2));
    }

    @Test
    void roundReprRoundsThenPrints() {
        assertEquals("0.0", PythonFloat.roundRepr(0.004, 2));
        assertEquals("2.67", PythonFloat.roundRepr(2.675, 2));
    }

    @Test
    void trueDivisionAndTruncation() {
        assertEquals(2.5, PythonFloat.trueDivide(BigInteger.valueOf(5), BigInteger.TWO));
        assertEquals(1 / 3.0, PythonFloat.trueDivide(BigInteger.ONE, BigInteger.valueOf(3)));
        assertEquals(BigInteger.valueOf(-2), PythonFloat.truncate(-2.9));
    }

    @Test
    void compensatedSumDiffersFromNaiveWhereCPython312Would() {
        double[] values = {1e16, 1.0, -1e16};
        assertEquals(0.0, PythonFloat.naiveSum(values));
        assertEquals(1.0, PythonFloat.compensatedSum(values));
    }
}
