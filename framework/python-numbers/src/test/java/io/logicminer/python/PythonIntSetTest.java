package io.logicminer.python;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PythonIntSetTest {

    private static PythonIntSet set(Long... values) {
        return PythonIntSet.of(List.of(values));
    }

    @Test
    void smallTablesPrintInSlotOrder() {
        assertEquals("{8, 2, 4}", set(2L, 4L, 8L).display());
        assertEquals("{9, 1}", set(9L, 1L).display());
        assertEquals("{1, 9}", set(1L, 9L).display());
        assertEquals("set()", PythonIntSet.empty().display());
    }

    @Test
    void growsToSortedOrderForFiveOrMoreSmallInts() {
        assertEquals("{1, 2, 5, 9, 10}", set(10L, 9L, 5L, 2L, 1L).display());
    }

    @Test
    void operationsFollowCPython() {
        // From the fixture: a={2, 4, 5, 7, 8, 10}, b={2, 3, 4, 6, 8, 9}
        PythonIntSet a = set(2L, 4L, 5L, 7L, 8L, 10L);
        PythonIntSet b = set(2L, 3L, 4L, 6L, 8L, 9L);
        assertEquals("{2, 3, 4, 5, 6, 7, 8, 9, 10}", a.union(b).display());
        assertEquals("{8, 2, 4}", a.intersection(b).display());
        assertEquals("{10, 5, 7}", a.difference(b).display());
        assertEquals("{9, 3, 6}", b.difference(a).display());
        assertEquals("{3, 5, 6, 7, 9, 10}", a.symmetricDifference(b).display());
    }

    @Test
    void symmetricDifferenceReusesDummySlots() {
        // CPython 3.11: {1, 2, 4, 6, 9} ^ {1, 2, 4} prints {9, 6}: 9 lands in the slot 1 left by discarding 1.
        assertEquals("{9, 6}", set(1L, 2L, 4L, 6L, 9L).symmetricDifference(set(1L, 2L, 4L)).display());
    }
}
