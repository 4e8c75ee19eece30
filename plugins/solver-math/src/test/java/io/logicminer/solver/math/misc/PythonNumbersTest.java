package io.logicminer.solver.math.misc;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PythonNumbersTest {

    @Test
    void reprMatchesCPython() {
        assertEquals("0.0", PythonNumbers.repr(0.0));
        assertEquals("90.0", PythonNumbers.repr(90.0));
        assertEquals("154.29", PythonNumbers.repr(180 - 25.71));
        assertEquals("3.1999999999999993", PythonNumbers.repr(-16 * 1.8 + 32));
        assertEquals("5.689576695493855e-05", PythonNumbers.repr(1.0 / 17576));
        assertEquals("0.0001", PythonNumbers.repr(0.0001));
        assertEquals("1e-05", PythonNumbers.repr(0.00001));
        assertEquals("1234567890123456.0", PythonNumbers.repr(1234567890123456.0));
        assertEquals("1e+16", PythonNumbers.repr(1e16));
        assertEquals("-40.0", PythonNumbers.repr(-40.0));
        assertEquals("3625099027.0", PythonNumbers.repr(3625099027.0));
    }

    @Test
    void roundIsHalfEvenOnTheExactBinaryValue() {
        assertEquals(2.67, PythonNumbers.round(2.675, 2)); // 2.675 is stored as 2.67499999...
        assertEquals(0.12, PythonNumbers.round(0.125, 2)); // exact tie, goes to even
        assertEquals(0.38, PythonNumbers.round(0.375, 2));
        assertEquals("0.0", PythonNumbers.roundRepr(0.004, 2));
    }

    @Test
    void fixedFormatsLikeStrFormat() {
        assertEquals("89.70992", PythonNumbers.fixed((257 / 360.0) * 2 * Math.PI * 20, 5));
        assertEquals("0.12500", PythonNumbers.fixed(0.125, 5));
    }

    @Test
    void trueDivisionAndTruncation() {
        assertEquals(2.5, PythonNumbers.trueDivide(BigInteger.valueOf(5), BigInteger.TWO));
        assertEquals(BigInteger.valueOf(-2), PythonNumbers.truncate(-2.9));
    }

    @Test
    void compensatedSumDiffersFromNaiveWhereCPython312Would() {
        double[] values = {1e16, 1.0, -1e16};
        assertEquals(0.0, PythonNumbers.naiveSum(values));
        assertEquals(1.0, PythonNumbers.compensatedSum(values));
    }
}
