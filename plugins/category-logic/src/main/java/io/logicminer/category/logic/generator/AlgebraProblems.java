package io.logicminer.category.logic.generator;

import java.util.List;
import java.util.Map;

import static io.logicminer.category.logic.generator.Draw.bmatrix;
import static io.logicminer.category.logic.generator.Draw.gcd;
import static io.logicminer.category.logic.generator.Draw.list;
import static io.logicminer.category.logic.generator.Draw.randint;

/** mathgenerator's {@code algebra} module (the subtopics covered so far). */
final class AlgebraProblems {

    private AlgebraProblems() {
    }

    static void register(Map<String, ProblemMaker> makers) {
        makers.put("basic_algebra", r -> {
            int a = randint(r, 1, 10);
            int b = randint(r, 1, 10);
            int c = randint(r, b, 10);
            long i = gcd(c - b, a);
            // Quirk kept: when a divides c - b the answer printed is c - b itself.
            String x = c - b == 0 ? "0" : a == 1 || a == i ? Integer.toString(c - b)
                    : (c - b) / i + "/" + a / i;
            return Problem.of(a + "x + " + b + " = " + c, x);
        });
        makers.put("log", r -> {
            int a = randint(r, 1, 8);
            int b = randint(r, 2, 3);
            return Problem.of("log_{" + b + "}(" + (long) Math.pow(b, a) + ")=", Integer.toString(a));
        });
        makers.put("multiply_int_to_22_matrix", r -> {
            long a;
            long b;
            long c;
            long d;
            do {
                a = randint(r, 0, 10);
                b = randint(r, 0, 10);
                c = randint(r, 0, 10);
                d = randint(r, 0, 10);
            } while (Math.max(Math.max(a, b), Math.max(c, d)) == 0); // mathgenerator divides by the max: re-drawn
            long k = randint(r, 0, 100 / (int) Math.max(Math.max(a, b), Math.max(c, d)));
            return Problem.of(k + " * " + bmatrix(new long[][] {{a, b}, {c, d}}) + " =",
                    bmatrix(new long[][] {{a * k, b * k}, {c * k, d * k}}));
        });
        makers.put("vector_cross", r -> {
            long[] a = {randint(r, -20, 20), randint(r, -20, 20), randint(r, -20, 20)};
            long[] b = {randint(r, -20, 20), randint(r, -20, 20), randint(r, -20, 20)};
            List<Long> c = List.of(a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]);
            return Problem.of(list(List.of(a[0], a[1], a[2])) + " \\times " + list(List.of(b[0], b[1], b[2])) + " = ",
                    list(c));
        });
        makers.put("vector_dot", r -> {
            long[] a = {randint(r, -20, 20), randint(r, -20, 20), randint(r, -20, 20)};
            long[] b = {randint(r, -20, 20), randint(r, -20, 20), randint(r, -20, 20)};
            return Problem.of(list(List.of(a[0], a[1], a[2])) + "\\cdot" + list(List.of(b[0], b[1], b[2])) + "=",
                    Long.toString(a[0] * b[0] + a[1] * b[1] + a[2] * b[2]));
        });
        makers.put("int_matrix_22_determinant", r -> {
            long a = randint(r, 0, 100);
            long b = randint(r, 0, 100);
            long c = randint(r, 0, 100);
            long d = randint(r, 0, 100);
            return Problem.of("\\det " + bmatrix(new long[][] {{a, b}, {c, d}}) + "= ", Long.toString(a * d - b * c));
        });
    }
}
