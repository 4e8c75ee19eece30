package io.logicminer.python;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Hashes and set orders printed by CPython 3 (64-bit). */
class PythonFloatSetTest {

    @Test
    void hashIsCPythons() {
        assertEquals(0, PythonFloat.hash(0.0));
        assertEquals(0, PythonFloat.hash(-0.0));
        assertEquals(3, PythonFloat.hash(3.0));
        assertEquals(-2, PythonFloat.hash(-1.0)); // -1 is reserved for errors in C
        assertEquals(1L << 60, PythonFloat.hash(0.5));
        assertEquals((1L << 60) + 1, PythonFloat.hash(1.5));
        assertEquals(230584300921369408L, PythonFloat.hash(0.1));
        assertEquals(-230584300921369408L, PythonFloat.hash(-0.1));
    }

    /** {@code {r1, r2}} as mathgenerator's quadratic_equation prints it (fixture rows dev-00256 and dev-00257). */
    @Test
    void twoElementSetsPrintInHashOrder() {
        assertEquals(List.of(-16.81, -1.19), PythonFloatSet.of(-1.19, -16.81));
        assertEquals(List.of(-0.42, -3.44), PythonFloatSet.of(-0.42, -3.44));
        assertEquals(List.of(2.5), PythonFloatSet.of(2.5, 2.5));
    }
}
