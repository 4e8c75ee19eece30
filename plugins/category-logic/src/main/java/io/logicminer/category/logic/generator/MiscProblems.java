package io.logicminer.category.logic.generator;

import io.logicminer.python.PythonFloat;
import io.logicminer.python.PythonIntSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.logicminer.category.logic.generator.Draw.list;
import static io.logicminer.category.logic.generator.Draw.randint;

/** mathgenerator's {@code misc} module. */
final class MiscProblems {

    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV",
        "I"};

    private MiscProblems() {
    }

    /** set_operation's draw: 3 to 7 ints in 1..10, repeats allowed (the set keeps the first of each). */
    private static List<Long> smallInts(java.util.random.RandomGenerator r) {
        List<Long> values = new ArrayList<>();
        int n = randint(r, 3, 7);
        for (int i = 0; i < n; i++) {
            values.add((long) randint(r, 1, 10));
        }
        return values;
    }

    static void register(Map<String, ProblemMaker> makers) {
        makers.put("prime_factors", r -> {
            int a = randint(r, 1, 200);
            List<Integer> factors = new ArrayList<>();
            int n = a;
            for (int i = 2; i * i <= n; ) {
                if (n % i != 0) {
                    i++;
                } else {
                    n /= i;
                    factors.add(i);
                }
            }
            if (n > 1) {
                factors.add(n);
            }
            if (factors.isEmpty()) {
                return null; // a = 1 has no prime factors: an empty answer, which the validator re-draws
            }
            return Problem.of("Find prime factors of " + a,
                    factors.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        });
        makers.put("common_factors", r -> {
            int a = randint(r, 1, 100);
            int b = randint(r, 1, 100);
            List<Integer> common = new ArrayList<>();
            for (int i = 1; i <= Math.min(a, b); i++) {
                if (a % i == 0 && b % i == 0) {
                    common.add(i);
                }
            }
            return Problem.of("Common Factors of " + a + " and " + b + " = ", list(common));
        });
        makers.put("factors", r -> {
            int n = randint(r, 1, 1000);
            List<Integer> factors = new ArrayList<>();
            for (int i = 1; i * i <= n; i++) {
                if (i * i == n) {
                    factors.add(i);
                } else if (n % i == 0) {
                    factors.add(i);
                    factors.add(n / i);
                }
            }
            factors.sort(null);
            return Problem.of("Factors of " + n + " = ", list(factors));
        });
        makers.put("profit_loss_percent", r -> {
            int cp = randint(r, 1, 1000);
            int sp = randint(r, 1, 1000);
            double percent = PythonFloat.round((double) Math.abs(sp - cp) / cp * 100, 2);
            return Problem.of((sp - cp >= 0 ? "Profit" : "Loss") + " percent when CP = " + cp + " and SP = " + sp
                    + " is: ", PythonFloat.repr(percent));
        });
        makers.put("velocity_of_object", r -> {
            int displacement = randint(r, 1, 1000);
            int time = randint(r, 1, 100);
            return Problem.of("An object travels at uniform velocity a distance of " + displacement + " m in " + time
                            + " seconds. What is the velocity of the car? ",
                    PythonFloat.repr(PythonFloat.round((double) displacement / time, 2)) + " m/s");
        });
        makers.put("celsius_to_fahrenheit", r -> {
            int celsius = randint(r, -50, 100);
            // Quirk kept: Python's float noise shows (3.1999999999999993 for -16).
            return Problem.of("Convert " + celsius + " degrees Celsius to degrees Fahrenheit",
                    PythonFloat.repr(celsius * (9.0 / 5) + 32));
        });
        makers.put("harmonic_mean", r -> {
            int count = randint(r, 2, 4);
            List<Integer> nums = new ArrayList<>();
            double sum = 0;
            for (int i = 0; i < count; i++) {
                nums.add(randint(r, 1, 100));
                sum += 1.0 / nums.get(i);
            }
            // Quirk kept: divides the last number, not the count, by the sum of reciprocals.
            return Problem.of("Harmonic mean of " + count + " numbers "
                            + nums.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " = ",
                    PythonFloat.repr(PythonFloat.round(nums.get(count - 1) / sum, 2)));
        });
        makers.put("arithmetic_progression_sum", r -> {
            int d = randint(r, -100, 100);
            int a1 = randint(r, -100, 100);
            int n = randint(r, 4, 100);
            int an = a1 + (n - 1) * d;
            return Problem.of("Find the sum of first " + n + " terms of the AP series: " + a1 + ", " + (a1 + d) + ", "
                    + (a1 + 2 * d) + " ... ", PythonFloat.repr(n * (a1 + an) / 2.0));
        });
        makers.put("quotient_of_power_same_base", r -> {
            int base = randint(r, 1, 50);
            int p1 = randint(r, 1, 10);
            int p2 = randint(r, 1, 10);
            int step = p1 - p2;
            String value = step >= 0 ? java.math.BigInteger.valueOf(base).pow(step).toString()
                    : PythonFloat.repr(Math.pow(base, step)); // Python gives a float for a negative exponent
            return Problem.of("The Quotient of " + base + "^{" + p1 + "} and " + base + "^{" + p2 + "} = " + base + "^{"
                    + p1 + "-" + p2 + "} = " + base + "^{" + step + "}", value);
        });
        makers.put("quotient_of_power_same_power", r -> {
            int b1 = randint(r, 1, 50);
            int b2 = randint(r, 1, 50);
            int power = randint(r, 1, 10);
            double step = (double) b1 / b2;
            return Problem.of("The quotient of " + b1 + "^{" + power + "} and " + b2 + "^{" + power + "} = (" + b1
                    + "/" + b2 + ")^" + power + " = " + PythonFloat.repr(step) + "^{" + power + "}",
                    PythonFloat.repr(PythonFloat.round(Math.pow(step, power), 2)));
        });
        makers.put("surds_comparison", r -> {
            int radicand1 = randint(r, 1, 99);
            int radicand2;
            do {
                radicand2 = randint(r, 1, 99);
            } while (radicand2 == radicand1);
            int degree1 = randint(r, 1, 9);
            int degree2;
            do {
                degree2 = randint(r, 1, 9);
            } while (degree2 == degree1);
            double first = Math.pow(radicand1, 1.0 / degree1);
            double second = Math.pow(radicand2, 1.0 / degree2);
            return Problem.of("Fill in the blanks " + radicand1 + "^{\\frac{1}{" + degree1 + "}} _ " + radicand2
                    + "^{\\frac{1}{" + degree2 + "}}", first > second ? ">" : first < second ? "<" : "=");
        });
        makers.put("product_of_scientific_notations", r -> {
            double a = PythonFloat.round(1 + 9 * r.nextDouble(), 2);
            int ae = randint(r, -100, 100);
            double b = PythonFloat.round(1 + 9 * r.nextDouble(), 2);
            int be = randint(r, -100, 100);
            double c = a * b;
            int ce = ae + be;
            if (c >= 10) {
                c /= 10;
                ce += 1;
            }
            return Problem.of("Product of scientific notations " + PythonFloat.repr(a) + " \\times 10^{" + ae + "} and "
                            + PythonFloat.repr(b) + " \\times 10^{" + be + "} = ",
                    PythonFloat.repr(PythonFloat.round(c, 2)) + " \\times 10^{" + ce + "}");
        });
        makers.put("geometric_progression", r -> {
            int ratio = randint(r, 2, 12);
            int a = randint(r, 2, 12);
            int nTerm = randint(r, 6, 11);
            int sumTerm = randint(r, 6, 11);
            List<java.math.BigInteger> gp = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                gp.add(java.math.BigInteger.valueOf(ratio).pow(i).multiply(java.math.BigInteger.valueOf(a)));
            }
            java.math.BigInteger nth = java.math.BigInteger.valueOf(ratio).pow(nTerm - 1)
                    .multiply(java.math.BigInteger.valueOf(a));
            double sum = a * ((java.math.BigInteger.valueOf(ratio).pow(sumTerm).subtract(java.math.BigInteger.ONE))
                    .doubleValue() / (ratio - 1));
            // Quirk kept: a space before the comma after the ratio, and the sum as a float.
            return Problem.of("For the given GP " + gp.stream().map(String::valueOf)
                            .collect(Collectors.joining(", ", "[", "]")) + ". Find the value of a common ratio, " + nTerm
                            + "th term value, sum upto " + sumTerm + "th term",
                    "The value of a is " + a + ", common ratio is " + ratio + " , " + nTerm + "th term is " + nth
                            + ", sum upto " + sumTerm + "th term is " + PythonFloat.repr(sum));
        });
        makers.put("base_conversion", r -> {
            int n = randint(r, 40, 60000);
            List<Integer> dist = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                dist.add(10);
            }
            for (int i = 0; i < 5; i++) {
                dist.add(2);
            }
            for (int i = 0; i < 5; i++) {
                dist.add(16);
            }
            for (int i = 2; i <= 16; i++) {
                dist.add(i);
            }
            int from;
            int to;
            do {
                from = dist.get(r.nextInt(dist.size()));
                to = dist.get(r.nextInt(dist.size()));
            } while (from == to);
            return Problem.of("Convert " + Integer.toString(n, from).toUpperCase(java.util.Locale.ROOT) + " from base "
                    + from + " to base " + to + ".", Integer.toString(n, to).toUpperCase(java.util.Locale.ROOT));
        });
        makers.put("complex_to_polar", r -> {
            double a = randint(r, -20, 20);
            double b = randint(r, -20, 20);
            return Problem.of(PythonFloat.repr(PythonFloat.round(Math.hypot(a, b), 2)) + "(" + PythonFloat.repr(a)
                            + "\\theta + i" + PythonFloat.repr(b) + "\\theta)",
                    PythonFloat.repr(PythonFloat.round(Math.atan2(b, a), 2)));
        });
        makers.put("euclidian_norm", r -> {
            int count = randint(r, 2, 20);
            List<String> printed = new ArrayList<>();
            double sum = 0;
            for (int i = 0; i < count; i++) {
                double v = 1000 * r.nextDouble();
                printed.add(PythonFloat.repr(v));
                sum += v * v; // plain left-to-right sum, as CPython 3.11's sum()
            }
            return Problem.of("Euclidian norm or L2 norm of the vector [" + String.join(", ", printed) + "] is:",
                    PythonFloat.repr(PythonFloat.round(Math.sqrt(sum), 2)));
        });
        makers.put("geometric_mean", r -> {
            int count = randint(r, 2, 4);
            List<Integer> nums = new ArrayList<>();
            long product = 1;
            for (int i = 0; i < count; i++) {
                nums.add(randint(r, 1, 100));
                product *= nums.get(i);
            }
            double mean = Math.pow(product, 1.0 / count);
            // numpy's round: scale, round half to even, unscale
            double rounded = Math.rint(mean * 100) / 100;
            return Problem.of("Geometric mean of " + count + " numbers " + list(nums) + " = ", PythonFloat.repr(rounded));
        });
        makers.put("signum_function", r -> {
            int a = randint(r, -999, 999);
            return Problem.of("Signum of " + a + " is =", Integer.toString(Integer.signum(a)));
        });
        makers.put("is_leap_year", r -> {
            int year = randint(r, 1900, 2099);
            boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            return Problem.of("Is " + year + " a leap year?", year + " is" + (leap ? "" : " not") + " a leap year");
        });
        makers.put("minutes_to_hours", r -> {
            int minutes = randint(r, 1, 999);
            return Problem.of("Convert " + minutes + " minutes to hours & minutes",
                    minutes / 60 + " hours and " + minutes % 60 + " minutes");
        });
        makers.put("decimal_to_roman_numerals", r -> {
            int x = randint(r, 1, 3999); // 0 (empty answer) and 4000 (mathgenerator raises) are re-drawn
            StringBuilder roman = new StringBuilder();
            int rest = x;
            for (int i = 0; i < ROMAN_VALUES.length; i++) {
                while (rest >= ROMAN_VALUES[i]) {
                    roman.append(ROMAN_SYMBOLS[i]);
                    rest -= ROMAN_VALUES[i];
                }
            }
            return Problem.of("The number " + x + " in roman numerals is: ", roman.toString());
        });
        makers.put("set_operation", r -> {
            PythonIntSet a = PythonIntSet.of(smallInts(r));
            PythonIntSet b = PythonIntSet.of(smallInts(r));
            return Problem.of("Given the two sets $a=" + a.display() + "$, $b=" + b.display() + "$. "
                    + "Find the Union, intersection, $a-b$, $b-a$, and symmetric difference",
                    "Union is $" + a.union(b).display() + "$. Intersection is $" + a.intersection(b).display()
                            + "$, $a-b$ is $" + a.difference(b).display() + "$, $b-a$ is $" + b.difference(a).display()
                            + "$. Symmetric difference is $" + a.symmetricDifference(b).display() + "$.");
        });
        makers.put("arithmetic_progression_term", r -> {
            int d = randint(r, -100, 100);
            int a1 = randint(r, -100, 100);
            int n = randint(r, 4, 100);
            String series = a1 + ", " + (a1 + d) + ", " + (a1 + 2 * d) + " ... ";
            return Problem.of("Find term number " + n + " of the AP series: " + series,
                    Integer.toString(a1 + (n - 1) * d));
        });
    }
}
