package io.logicminer.python;

import java.util.List;

/**
 * The order in which CPython iterates a freshly built two-element set of floats: an 8-slot table, the first value
 * at {@code hash & 7}, the second there too unless taken, else probed with CPython's perturbation.
 */
public final class PythonFloatSet {

    private PythonFloatSet() {
    }

    /** The elements of {@code {first, second}} in print order; one element when they are equal. */
    public static List<Double> of(double first, double second) {
        if (first == second) {
            return List.of(first);
        }
        int slotFirst = (int) (PythonFloat.hash(first) & 7);
        long hash = PythonFloat.hash(second);
        long i = hash & 7;
        long perturb = hash;
        while (i == slotFirst) {
            perturb >>>= 5;
            i = (i * 5 + 1 + perturb) & 7;
        }
        return i < slotFirst ? List.of(second, first) : List.of(first, second);
    }
}
