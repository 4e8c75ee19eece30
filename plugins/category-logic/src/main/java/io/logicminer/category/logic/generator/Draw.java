package io.logicminer.category.logic.generator;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/** Small helpers shared by the problem makers: Python's randint, list printing, LaTeX matrices. */
final class Draw {

    private Draw() {
    }

    /** Python's {@code random.randint(a, b)}: both ends included. */
    static int randint(RandomGenerator random, int a, int b) {
        return random.nextInt(a, b + 1);
    }

    /** Python's {@code str(list)} of integers: {@code [1, -2, 3]}. */
    static String list(List<? extends Number> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }

    /** mathgenerator's {@code bmatrix}: rows joined by a space, three backslashes and a space. */
    static String bmatrix(long[][] rows) {
        StringBuilder out = new StringBuilder("\\begin{bmatrix} ");
        for (int r = 0; r < rows.length; r++) {
            if (r > 0) {
                out.append(" \\\\\\ ");
            }
            for (int c = 0; c < rows[r].length; c++) {
                if (c > 0) {
                    out.append(" & ");
                }
                out.append(rows[r][c]);
            }
        }
        return out.append(" \\end{bmatrix}").toString();
    }

    static long gcd(long a, long b) {
        a = Math.abs(a);
        b = Math.abs(b);
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** The English ordinal suffix mathgenerator does not use: it always writes "th". */
    static String th(int n) {
        return n + "th";
    }
}
