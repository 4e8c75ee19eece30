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
        makers.put("simple_interest", r -> {
            int p = randint(r, 1000, 10000);
            int rate = randint(r, 1, 10);
            int t = randint(r, 1, 10);
            return Problem.of("Simple interest for a principle amount of " + p + " dollars, " + rate
                            + "% rate of interest and for a time period of " + t + " years is = ",
                    PythonFloats.repr(PythonFloats.round((double) p * rate * t / 100, 2)));
        });
        makers.put("compound_interest", r -> {
            int p = randint(r, 1000, 10000);
            int rate = randint(r, 1, 10);
            int n = randint(r, 1, 10);
            // Quirk kept: the answer is the final amount, not the interest.
            return Problem.of("Compound interest for a principle amount of " + p + " dollars, " + rate
                            + "% rate of interest and for a time period of " + n + " years is =",
                    PythonFloats.repr(PythonFloats.round(p * Math.pow(1 + rate / 100.0, n), 2)));
        });
        makers.put("linear_equations", r -> {
            String[] vars = {"x", "y"};
            long[] solution = {randint(r, -20, 20), randint(r, -20, 20)};
            List<String> equations = new java.util.ArrayList<>();
            for (int e = 0; e < 2; e++) {
                long[] coeff = {randint(r, -20, 20), randint(r, -20, 20)};
                long result = coeff[0] * solution[0] + coeff[1] * solution[1];
                List<String> terms = new java.util.ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    if (coeff[i] != 0) {
                        terms.add(coeff[i] + vars[i]);
                    }
                }
                equations.add(String.join(" + ", terms) + " = " + result);
            }
            return Problem.of("Given the equations " + String.join(" and ", equations) + ", solve for x and y",
                    "x = " + solution[0] + ", y = " + solution[1]);
        });
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
