package io.logicminer.category.logic.generator;

import io.logicminer.python.PythonFloat;

import java.util.Map;

import static io.logicminer.category.logic.generator.Draw.gcd;
import static io.logicminer.category.logic.generator.Draw.randint;

/** mathgenerator's {@code basic_math} module. */
final class BasicMathProblems {

    private BasicMathProblems() {
    }

    static void register(Map<String, ProblemMaker> makers) {
        makers.put("absolute_difference", r -> {
            int a = randint(r, -100, 100);
            int b = randint(r, -100, 100);
            return Problem.of("|" + a + "-" + b + "|=", Integer.toString(Math.abs(a - b)));
        });
        makers.put("exponentiation", r -> {
            int base = randint(r, 1, 20);
            int expo = randint(r, 1, 10);
            return Problem.of(base + "^{" + expo + "}=", java.math.BigInteger.valueOf(base).pow(expo).toString());
        });
        makers.put("factorial", r -> {
            int a = randint(r, 0, 6);
            long b = 1;
            for (int i = 2; i <= a; i++) {
                b *= i;
            }
            return Problem.of(a + "! =", Long.toString(b));
        });
        makers.put("greatest_common_divisor", r -> {
            int a = randint(r, 0, 1000);
            int b = randint(r, 0, 1000);
            return Problem.of("GCD(" + a + "," + b + ")=", Long.toString(gcd(a, b)));
        });
        makers.put("is_prime", r -> {
            int a = randint(r, 2, 100);
            return Problem.of("Is " + a + " prime?", isPrime(a) ? "Yes" : "No");
        });
        makers.put("is_composite", r -> {
            int a = randint(r, 2, 250);
            // mathgenerator answers "No" for a <= 3 and otherwise tests divisors 2..a-1.
            return Problem.of("Is " + a + " composite?", a > 3 && !isPrime(a) ? "Yes" : "No");
        });
        makers.put("power_of_powers", r -> {
            int base = randint(r, 1, 50);
            int p1 = randint(r, 1, 10);
            int p2 = randint(r, 1, 10);
            return Problem.of("Simplify " + base + "^{" + p1 + "^{" + p2 + "}}", base + "^{" + (p1 * p2) + "}");
        });
        makers.put("fraction_to_decimal", r -> {
            int a = randint(r, 0, 99);
            int b = randint(r, 1, 99);
            return Problem.of(a + "\\div" + b + "=", PythonFloat.repr(PythonFloat.round((double) a / b, 2)));
        });
        makers.put("percentage", r -> {
            int a = randint(r, 1, 99);
            int b = randint(r, 1, 99);
            return Problem.of("What is " + a + "% of " + b + "?", PythonFloat.fixed(a / 100.0 * b, 2));
        });
        makers.put("percentage_difference", r -> {
            int a;
            int b;
            do {
                a = randint(r, 0, 200);
                b = randint(r, 0, 200);
            } while (a + b == 0); // mathgenerator divides by zero: re-drawn
            double diff = PythonFloat.round(2 * ((double) Math.abs(a - b) / Math.abs(a + b)) * 100, 2);
            return Problem.of("What is the percentage difference between " + a + " and " + b + "?",
                    PythonFloat.repr(diff) + "%");
        });
        makers.put("percentage_error", r -> {
            int observed;
            int exact;
            do {
                observed = randint(r, -100, 100);
                exact = randint(r, -100, 100);
            } while (exact == 0); // mathgenerator divides by zero: re-drawn
            if (observed * exact < 0) {
                observed = -observed;
            }
            double error = PythonFloat.round((double) Math.abs(observed - exact) / Math.abs(exact) * 100, 2);
            return Problem.of("Find the percentage error when observed value equals " + observed
                    + " and exact value equals " + exact + ".", PythonFloat.repr(error) + "%");
        });
        makers.put("cube_root", r -> {
            int b = randint(r, 1, 1000);
            return Problem.of("What is the cube root of: \\sqrt[3]{" + b + "}= to 2 decimal places?",
                    PythonFloat.repr(PythonFloat.round(Math.pow(b, 1.0 / 3), 2)));
        });
        makers.put("compare_fractions", r -> {
            int a = randint(r, 1, 10);
            int b = randint(r, 1, 10);
            int c = randint(r, 1, 10);
            int d = randint(r, 1, 10);
            while (a == b) {
                b = randint(r, 1, 10);
            }
            while (c == d) {
                d = randint(r, 1, 10);
            }
            int compare = Integer.compare(a * d, c * b);
            return Problem.of("Which symbol represents the comparison between \\frac{" + a + "}{" + b + "} and \\frac{"
                    + c + "}{" + d + "}?", compare > 0 ? ">" : compare < 0 ? "<" : "=");
        });
        makers.put("simplify_square_root", r -> {
            while (true) {
                int y = randint(r, 1, 100);
                long outside = 1;
                long inside = 1;
                int x = y;
                for (int f = 2; x != 1; ) {
                    int power = 0;
                    while (x % f == 0) {
                        x /= f;
                        power++;
                    }
                    if (power > 0) {
                        outside *= (long) Math.pow(f, power / 2);
                        if (power % 2 == 1) {
                            inside *= f;
                        }
                    }
                    f++;
                }
                if (outside != 1 && inside != 1) { // mathgenerator draws again otherwise
                    return Problem.of("\\sqrt{" + y + "}", outside + "\\sqrt{" + inside + "}");
                }
            }
        });
        makers.put("fraction_multiplication", r -> {
            int a = randint(r, 1, 10);
            int b = randint(r, 1, 10);
            int c = randint(r, 1, 10);
            int d = randint(r, 1, 10);
            while (a == b) {
                b = randint(r, 1, 10);
            }
            while (c == d) {
                d = randint(r, 1, 10);
            }
            long n = (long) a * c;
            long m = (long) b * d;
            long g = gcd(n, m);
            // Quirk kept: when the product is whole, mathgenerator prints \frac{numerator}{gcd}.
            String answer = m / g == 1 ? "\\frac{" + n + "}{" + g + "}" : "\\frac{" + n / g + "}{" + m / g + "}";
            return Problem.of("\\frac{" + a + "}{" + b + "}\\cdot\\frac{" + c + "}{" + d + "}=", answer);
        });
    }

    static boolean isPrime(int n) {
        if (n < 2) {
            return false;
        }
        for (int i = 2; (long) i * i <= n; i++) {
            if (n % i == 0) {
                return false;
            }
        }
        return true;
    }
}
