package io.logicminer.category.logic.generator;

import io.logicminer.python.PythonFloat;
import io.logicminer.python.PythonFloatSet;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import static io.logicminer.category.logic.generator.Draw.bmatrix;
import static io.logicminer.category.logic.generator.Draw.gcd;
import static io.logicminer.category.logic.generator.Draw.list;
import static io.logicminer.category.logic.generator.Draw.randint;

/** mathgenerator's {@code algebra} module. */
final class AlgebraProblems {

    private AlgebraProblems() {
    }

    /** mathgenerator's line {@code y = mx + b} for intersection_of_two_lines (slope as drawn, not reduced). */
    private static String line(long[] m, long b) {
        String slope;
        long whole = Long.MIN_VALUE;
        if (m[0] == 0) {
            whole = 0;
            slope = "0";
        } else if (Math.abs(m[0]) == Math.abs(m[1])) {
            whole = Math.floorDiv(m[0], m[1]);
            slope = Long.toString(whole);
        } else if (m[1] == 1) {
            whole = m[0];
            slope = Long.toString(whole);
        } else {
            slope = "\\frac{" + m[0] + "}{" + m[1] + "}";
        }
        String base = "y =";
        if (whole != 0) {
            base += whole == 1 ? " x" : whole == -1 ? " -x" : " " + slope + "x";
        }
        if (b > 0) {
            return whole == 0 ? base + " " + b : base + " + " + b;
        }
        if (b < 0) {
            return whole == 0 ? base + " -" + -b : base + " - " + -b;
        }
        return whole == 0 ? base + " 0" : base;
    }

    /** mathgenerator's intParser: {@code +3}, {@code -3}, or nothing for zero. */
    private static String signed(int z) {
        return z > 0 ? "+" + z : z < 0 ? Integer.toString(z) : "";
    }

    /** Python's {@code str(complex)}: {@code (16-18j)}, {@code 5j} when the real part is +0, {@code (-3+0j)}. */
    static String complex(double re, double im) {
        String imag = part(im) + "j";
        if (re == 0 && 1 / re > 0) {
            return imag;
        }
        return "(" + part(re) + (im > 0 || (im == 0 && 1 / im > 0) ? "+" : "") + imag + ")";
    }

    private static String part(double value) {
        if (value == 0) {
            return 1 / value < 0 ? "-0" : "0";
        }
        String repr = PythonFloat.repr(value);
        return repr.endsWith(".0") ? repr.substring(0, repr.length() - 2) : repr;
    }

    /**
     * complex_quadratic with its default prob_type 0 (real roots only): a, b, c in 1..9 re-drawn while b² - 4ac < 0;
     * "x^2" and "x" for a unit coefficient. Quirks kept: the rounded pair is a Python tuple inside parentheses,
     * {@code ((r1, r2))}, and a stray {@code (} opens the second exact root when the discriminant is not a square.
     */
    private static Problem complexQuadratic(RandomGenerator r) {
        long a;
        long b;
        long c;
        long d;
        do {
            a = randint(r, 1, 9);
            b = randint(r, 1, 9);
            c = randint(r, 1, 9);
            d = b * b - 4 * a * c;
        } while (d < 0);
        String equation = (a == 1 ? "" : Long.toString(a)) + "x^2 + " + (b == 1 ? "" : Long.toString(b)) + "x + " + c
                + " = 0";
        double sqrtD = Math.sqrt(d);
        double root1 = PythonFloat.round((-b + sqrtD) / (2 * a), 3);
        double root2 = PythonFloat.round((-b - sqrtD) / (2 * a), 3);
        String exact;
        if (sqrtD == Math.rint(sqrtD)) {
            long s = (long) sqrtD;
            exact = "(\\frac{" + -b + " + " + s + "}{" + 2 * a + "}, \\frac{" + -b + " - " + s + "}{" + 2 * a + "})";
        } else {
            exact = "(\\frac{" + -b + " + \\sqrt{" + d + "}}{" + 2 * a + "}, (\\frac{" + -b + " - \\sqrt{" + d + "}}{"
                    + 2 * a + "})";
        }
        return Problem.of("Find the roots of given Quadratic Equation $" + equation + "$",
                "$((" + PythonFloat.repr(root1) + ", " + PythonFloat.repr(root2) + ")) = " + exact + "$");
    }

    /**
     * quadratic_equation: a, c in 1..100 and b in round(√(4ac)) + 1..200 (a draw with an empty range raises in
     * Python and is re-drawn). The answer is the Python set of both roots rounded to 2 places, in CPython's
     * iteration order, one element when they round alike.
     */
    private static Problem quadraticEquation(RandomGenerator r) {
        int a = randint(r, 1, 100);
        int c = randint(r, 1, 100);
        long low = Math.round(Math.sqrt(4.0 * a * c)) + 1;
        if (low > 200) {
            return null;
        }
        int b = randint(r, (int) low, 200);
        double d = Math.sqrt((double) b * b - 4.0 * a * c);
        List<Double> roots = PythonFloatSet.of(PythonFloat.round((-b + d) / (2 * a), 2),
                PythonFloat.round((-b - d) / (2 * a), 2));
        return Problem.of("What are the zeros of the quadratic equation $" + a + "x^2+" + b + "x+" + c + "=0$",
                "$" + roots.stream().map(PythonFloat::repr).collect(Collectors.joining(", ", "{", "}")) + "$");
    }

    static void register(Map<String, ProblemMaker> makers) {
        makers.put("complex_quadratic", AlgebraProblems::complexQuadratic);
        makers.put("quadratic_equation", AlgebraProblems::quadraticEquation);
        makers.put("invert_matrix", InvertMatrixProblem::make);
        makers.put("matrix_multiplication", r -> {
            int m = randint(r, 2, 10);
            int n = randint(r, 2, 10);
            int k = randint(r, 2, 10);
            long[][] a = new long[m][n];
            long[][] b = new long[n][k];
            for (long[] row : a) {
                for (int j = 0; j < n; j++) {
                    row[j] = randint(r, -100, 100);
                }
            }
            for (long[] row : b) {
                for (int j = 0; j < k; j++) {
                    row[j] = randint(r, -100, 100);
                }
            }
            long[][] product = new long[m][k];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < k; j++) {
                    for (int t = 0; t < n; t++) {
                        product[i][j] += a[i][t] * b[t][j];
                    }
                }
            }
            return Problem.of("Multiply " + bmatrix(a) + " and " + bmatrix(b), bmatrix(product));
        });
        makers.put("combine_like_terms", r -> {
            int terms = randint(r, 1, 10);
            int[] coefs = new int[terms];
            int[] exponents = new int[terms];
            for (int i = 0; i < terms; i++) {
                coefs[i] = randint(r, 1, 10);
            }
            for (int i = 0; i < terms; i++) {
                exponents[i] = randint(r, 1, 19);
            }
            java.util.TreeMap<Integer, Integer> combined = new java.util.TreeMap<>();
            List<String> problem = new java.util.ArrayList<>();
            for (int i = 0; i < terms; i++) {
                problem.add(coefs[i] + "x^{" + exponents[i] + "}");
                combined.merge(exponents[i], coefs[i], Integer::sum);
            }
            List<String> solution = new java.util.ArrayList<>();
            combined.forEach((exponent, coef) -> solution.add(coef + "x^{" + exponent + "}"));
            return Problem.of(String.join(" + ", problem), String.join(" + ", solution));
        });
        makers.put("multiply_complex_numbers", r -> {
            double a = randint(r, -20, 20);
            double b = randint(r, -20, 20);
            double c = randint(r, -20, 20);
            double d = randint(r, -20, 20);
            return Problem.of(complex(a, b) + " * " + complex(c, d) + " = ", complex(a * c - b * d, a * d + b * c));
        });
        makers.put("orthogonal_projection", r -> {
            long[] v = {randint(r, -10, 10), randint(r, -10, 10)};
            long[] u = {randint(r, -10, 10), randint(r, -10, 10)};
            long top = v[0] * u[0] + v[1] * u[1];
            long bottom = u[0] * u[0] + u[1] * u[1];
            if (bottom == 0) {
                return null; // mathgenerator divides by zero: re-drawn
            }
            Fraction scale = new Fraction(top, bottom);
            return Problem.of("Find the orthogonal projection of " + Draw.list(List.of(v[0], v[1])) + " onto "
                            + Draw.list(List.of(u[0], u[1])),
                    "[" + scale.times(Fraction.of(u[0])).latex() + ", " + scale.times(Fraction.of(u[1])).latex() + "]");
        });
        makers.put("intersection_of_two_lines", r -> {
            long[] m1 = {randint(r, -10, 10), randint(r, 1, 6)};
            long[] m2 = {randint(r, -10, 10), randint(r, 1, 6)};
            long b1 = randint(r, -10, 10);
            long b2 = randint(r, -10, 10);
            String problem = "Find the point of intersection of the two lines: " + line(m1, b1) + " and " + line(m2, b2);
            Fraction f1 = new Fraction(m1[0], m1[1]);
            Fraction f2 = new Fraction(m2[0], m2[1]);
            if (f1.equals(f2)) {
                return Problem.of(problem, "No Solution");
            }
            Fraction x = Fraction.of(b1 - b2).dividedBy(f2.minus(f1));
            Fraction y = f2.times(Fraction.of(b1)).minus(f1.times(Fraction.of(b2))).dividedBy(f2.minus(f1));
            return Problem.of(problem, "(" + x.latex() + ", " + y.latex() + ")");
        });
        makers.put("line_equation_from_2_points", r -> {
            int x1;
            int x2;
            do {
                x1 = randint(r, -20, 20);
                x2 = randint(r, -20, 20);
            } while (x1 == x2);
            int y1 = randint(r, -20, 20);
            int y2 = randint(r, -20, 20);
            long g = Draw.gcd(y2 - y1, x2 - x1);
            long m1 = Math.floorDiv(y2 - y1, g);
            long m2 = Math.floorDiv(x2 - x1, g);
            long constant = (long) y1 * (x2 - x1) - (long) (y2 - y1) * x1;
            long g2 = Draw.gcd(constant, x2 - x1);
            long c1 = Math.floorDiv(constant, g2);
            long c2 = Math.floorDiv(x2 - x1, g2);
            String c = c1 != 0 ? (c1 >= 0 ? "+" : "-") + "\\frac{" + Math.abs(c1) + "}{" + c2 + "}" : "";
            if (c2 < 0) {
                c2 = -c2;
                c1 = -c1;
                c = (c1 >= 0 ? "+" : "-") + "\\frac{" + Math.abs(c1) + "}{" + c2 + "}";
            }
            if (c2 == 1) {
                c = (c1 >= 0 ? "+" : "") + c1;
            }
            String problem = "Find the equation of the line passing through the points (" + x1 + "," + y1 + ") and ("
                    + x2 + "," + y2 + ").";
            if (m1 == 0) {
                return Problem.of(problem, "y=" + c);
            }
            if (m2 < 0) {
                m1 = -m1;
                m2 = -m2;
            }
            if (m2 == 1) {
                return Problem.of(problem, m1 == 1 ? "y=x" + c : m1 == -1 ? "y=-x" + c : "y=" + m1 + "x" + c);
            }
            return Problem.of(problem, "y=\\frac{" + m1 + "}{" + m2 + "}x" + c);
        });
        makers.put("expanding", r -> {
            int x1 = randint(r, -10, 10);
            int x2 = randint(r, -10, 10);
            int a = randint(r, -10, 10);
            int b = randint(r, -10, 10);
            if (b == 0) {
                return null; // mathgenerator indexes an empty string here and raises: re-drawn
            }
            String c1 = signed(a * b);
            String c2 = signed(a * x2 + b * x1);
            String c3 = signed(x1 * x2);
            String p1 = signed(a);
            String p3 = signed(b);
            // Quirks kept: +1 coefficients vanish but -1 stays, and a zero middle term leaves "x^2x".
            p1 = p1.equals("+1") ? "" : p1.startsWith("+") ? p1.substring(1) : p1;
            p3 = p3.equals("+1") ? "" : p3.startsWith("+") ? p3.substring(1) : p3;
            c1 = c1.equals("+1") ? "" : c1.startsWith("+") ? c1.substring(1) : c1;
            c2 = c2.equals("+1") ? "" : c2;
            return Problem.of("(" + p1 + "x" + signed(x1) + ")(" + p3 + "x" + signed(x2) + ")",
                    c1 + "x^2" + c2 + "x" + c3);
        });
        makers.put("simple_interest", r -> {
            int p = randint(r, 1000, 10000);
            int rate = randint(r, 1, 10);
            int t = randint(r, 1, 10);
            return Problem.of("Simple interest for a principle amount of " + p + " dollars, " + rate
                            + "% rate of interest and for a time period of " + t + " years is = ",
                    PythonFloat.repr(PythonFloat.round((double) p * rate * t / 100, 2)));
        });
        makers.put("compound_interest", r -> {
            int p = randint(r, 1000, 10000);
            int rate = randint(r, 1, 10);
            int n = randint(r, 1, 10);
            // Quirk kept: the answer is the final amount, not the interest.
            return Problem.of("Compound interest for a principle amount of " + p + " dollars, " + rate
                            + "% rate of interest and for a time period of " + n + " years is =",
                    PythonFloat.repr(PythonFloat.round(p * Math.pow(1 + rate / 100.0, n), 2)));
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
