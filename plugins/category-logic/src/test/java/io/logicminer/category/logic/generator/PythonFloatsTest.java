package io.logicminer.category.logic.generator;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Outputs of CPython 3 for the same inputs. */
class PythonFloatsTest {

    @Test
    void reprIsPythons() {
        assertEquals("0.30000000000000004", PythonFloats.repr(0.1 + 0.2));
        assertEquals("123.0", PythonFloats.repr(123.0));
        assertEquals("-0.0", PythonFloats.repr(-0.0));
        assertEquals("1e-05", PythonFloats.repr(1e-5));
        assertEquals("0.0001", PythonFloats.repr(1e-4));
        assertEquals("1e+16", PythonFloats.repr(1e16));
        assertEquals("9999999999999998.0", PythonFloats.repr(9999999999999998.0));
        assertEquals("3.1999999999999993", PythonFloats.repr(-16 * (9.0 / 5) + 32));
        assertEquals("-1.5e-07", PythonFloats.repr(-1.5e-7));
    }

    @Test
    void roundAndFixedWorkOnTheExactBinaryValue() {
        assertEquals(2.67, PythonFloats.round(2.675, 2)); // 2.675 is 2.67499999... in binary
        assertEquals(0.12, PythonFloats.round(0.125, 2)); // an exact tie goes to even
        assertEquals(0.38, PythonFloats.round(0.375, 2));
        assertEquals("2.67", PythonFloats.fixed(2.675, 2));
        assertEquals("1.00", PythonFloats.fixed(1.005, 2));
        assertEquals("37.62", PythonFloats.fixed(66 / 100.0 * 57, 2));
    }
}
