package io.logicminer.category.logic.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import static io.logicminer.category.logic.generator.Draw.randint;

/**
 * mathgenerator's {@code stationary_points} with its defaults: f(x) = Σ cₖxᵏ for k = 0..3, cₖ in 0..10, printed as
 * sympy's {@code str} with {@code **} as {@code ^} and {@code *} removed ({@code 6x^3 + 6x^2 + x + 8}); re-drawn
 * while sympy's answer is the empty set or all reals. The answer is sympy's LaTeX of the solution set with
 * mathgenerator's slicing: {@code {- \frac{1}{3} - \frac{\sqrt{2}}{6}, - \frac{1}{3} + \frac{\sqrt{2}}{6}}}.
 */
final class StationaryPointsProblem {

    private static final int MAX_COEFFICIENT = 10;

    private StationaryPointsProblem() {
    }

    static Problem make(RandomGenerator random) {
        long[] c = new long[4];
        for (int k = 0; k < c.length; k++) {
            c[k] = randint(random, 0, MAX_COEFFICIENT);
        }
        List<String> roots = stationaryPoints(c[3], c[2], c[1]);
        if (roots.isEmpty()) {
            return null; // no stationary point, or every point is one: mathgenerator draws again
        }
        return Problem.of("$f(x)=" + polynomial(c) + "$", "${" + String.join(", ", roots) + "}$");
    }

    /** sympy's {@code str} of the polynomial, highest power first, zero terms left out, then mathgenerator's edits. */
    static String polynomial(long[] c) {
        List<String> terms = new ArrayList<>();
        for (int k = c.length - 1; k >= 0; k--) {
            if (c[k] == 0) {
                continue;
            }
            String power = k == 0 ? "" : k == 1 ? "x" : "x^" + k;
            terms.add(k == 0 ? Long.toString(c[k]) : c[k] == 1 ? power : c[k] + power);
        }
        return terms.isEmpty() ? "0" : String.join(" + ", terms);
    }

    /**
     * The real zeros of f'(x) = 3ax² + 2bx + c in sympy's LaTeX and print order; empty when there are none or
     * f' is identically zero. Roots are x = (-b ± √(b² - 3ac)) / (3a), or -c / (2b) when a = 0.
     */
    static List<String> stationaryPoints(long a, long b, long c) {
        if (a == 0) {
            return b == 0 ? List.of() : List.of(rational(new Fraction(-c, 2 * b)));
        }
        long discriminant = b * b - 3 * a * c;
        if (discriminant < 0) {
            return List.of();
        }
        Fraction centre = new Fraction(-b, 3 * a);
        long outside = 1;
        long inside = discriminant;
        for (long f = 2; f * f <= inside; f++) {
            while (inside % (f * f) == 0) {
                inside /= f * f;
                outside *= f;
            }
        }
        if (discriminant == 0) {
            return List.of(rational(centre));
        }
        Fraction half = new Fraction(outside, 3 * a);
        if (inside == 1) {
            return List.of(rational(centre.minus(half)), rational(centre.plus(half)));
        }
        String surd = surd(half, inside);
        if (centre.numerator() == 0) {
            return List.of("- " + surd, surd);
        }
        return List.of(rational(centre) + " - " + surd, rational(centre) + " + " + surd);
    }

    /** sympy's LaTeX of a rational: {@code 0}, {@code -3}, {@code \frac{1}{2}}, {@code - \frac{6}{5}}. */
    private static String rational(Fraction f) {
        if (f.denominator() == 1) {
            return Long.toString(f.numerator());
        }
        String frac = "\\frac{" + Math.abs(f.numerator()) + "}{" + f.denominator() + "}";
        return f.numerator() < 0 ? "- " + frac : frac;
    }

    /** sympy's LaTeX of k·√r for a positive rational k and square-free r > 1. */
    private static String surd(Fraction k, long r) {
        String root = (k.numerator() == 1 ? "" : k.numerator() + " ") + "\\sqrt{" + r + "}";
        return k.denominator() == 1 ? root : "\\frac{" + root + "}{" + k.denominator() + "}";
    }
}
