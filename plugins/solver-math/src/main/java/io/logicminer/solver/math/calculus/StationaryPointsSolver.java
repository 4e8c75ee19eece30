package io.logicminer.solver.math.calculus;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.solver.math.exact.Rational;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stationary points of a polynomial of degree at most 3, printed as sympy's LaTeX of the solution set with
 * mathgenerator's slicing: {@code {- \frac{7}{6} - \frac{\sqrt{13}}{6}, - \frac{7}{6} + \frac{\sqrt{13}}{6}}}.
 */
public final class StationaryPointsSolver extends RecognisingSolver {

    public StationaryPointsSolver() {
        super("calculus", "stationary_points");
    }

    private static final Pattern FUNCTION = Pattern.compile("f\\(x\\)=([0-9x^+{}]+)");
    private static final Pattern TERM = Pattern.compile("(\\d*)(x(?:\\^\\{?(\\d)\\}?)?)?");



    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        Matcher m = Extract.scan(FUNCTION, Extract.compact(problem.text()));
        if (!m.find()) {
            return Optional.empty();
        }
        long[] coef = new long[4];
        for (String part : m.group(1).split("\\+")) {
            Matcher t = Extract.scan(TERM, part);
            if (part.isEmpty() || !t.matches()) {
                return Optional.empty();
            }
            int degree = t.group(2) == null ? 0 : t.group(3) == null ? 1 : Integer.parseInt(t.group(3));
            if (degree > 3 || t.group(1).isEmpty() && degree == 0) {
                return Optional.empty();
            }
            coef[degree] += t.group(1).isEmpty() ? 1 : Long.parseLong(t.group(1));
        }
        long a = coef[3];
        long b = coef[2];
        long c = coef[1];
        Explanation steps = Explanation.start("Stationary points are where the derivative is zero, so we differentiate f(x) = "
                + m.group(1) + ".").step("f'(x) = " + 3 * a + "x^2 + " + 2 * b + "x + " + c + ".");
        List<String> roots = new ArrayList<>();
        if (a != 0) {
            long d = b * b - 3 * a * c;
            steps.step("Setting f'(x) = 0 gives x = (-" + b + " ± √(" + b + "² - 3·" + a + "·" + c + ")) / (3·" + a
                    + "), with discriminant " + b + "² - 3·" + a + "·" + c + " = " + d + ".");
            if (d < 0) {
                return Optional.empty();
            }
            Rational centre = Rational.of(-b, 3 * a);
            long[] sr = squareFree(d);
            Rational k = Rational.of(sr[0], 3 * a);
            if (sr[1] == 1 || d == 0) {
                Rational r1 = centre.subtract(d == 0 ? Rational.ZERO : k);
                Rational r2 = centre.add(d == 0 ? Rational.ZERO : k);
                roots.add(latex(r1));
                if (!r1.equals(r2)) {
                    roots.add(latex(r2));
                }
                steps.step("The discriminant is a perfect square, so the stationary points are x = " + r1
                        + (r1.equals(r2) ? "" : " and x = " + r2) + ".");
            } else {
                String term = sqrtTerm(k, sr[1]);
                String base = latex(centre) + " ";
                roots.add(centre.signum() == 0 ? "- " + term : base + "- " + term);
                roots.add(centre.signum() == 0 ? term : base + "+ " + term);
                steps.step("√" + d + " = " + (sr[0] == 1 ? "" : sr[0]) + "√" + sr[1] + ", so x = " + centre + " ± ("
                        + k + ")·√" + sr[1] + ".");
            }
        } else if (b != 0) {
            Rational r = Rational.of(-c, 2 * b);
            roots.add(latex(r));
            steps.step("f'(x) is linear: " + 2 * b + "x + " + c + " = 0 gives x = " + r + ".");
        } else {
            return Optional.empty();
        }
        String answer = "{" + String.join(", ", roots) + "}";
        steps.step("The set of stationary points is " + answer + ".");
        double confidence = Extract.mentions(problem.lower(), "stationary", "critical", "turning", "f'(x)") ? 0.95 : 0.85;
        return steps.answer(answer, confidence);
    }

    /** sympy's LaTeX for a rational: {@code -3}, {@code \frac{1}{2}}, {@code - \frac{6}{5}}. */
    static String latex(Rational r) {
        if (r.isInteger()) {
            return r.numerator().toString();
        }
        String frac = "\\frac{" + r.numerator().abs() + "}{" + r.denominator() + "}";
        return r.signum() < 0 ? "- " + frac : frac;
    }

    /** sympy's LaTeX for k·√r with k > 0. */
    static String sqrtTerm(Rational k, long r) {
        String root = "\\sqrt{" + r + "}";
        BigInteger p = k.numerator();
        String top = p.equals(BigInteger.ONE) ? root : p + " " + root;
        return k.isInteger() ? top : "\\frac{" + top + "}{" + k.denominator() + "}";
    }

    /** n = s²·r with r square-free: {s, r}; {0, 1} for 0. */
    static long[] squareFree(long n) {
        if (n == 0) {
            return new long[] {0, 1};
        }
        long s = 1;
        long r = 1;
        long rest = n;
        for (long f = 2; f * f <= rest; f++) {
            int count = 0;
            while (rest % f == 0) {
                rest /= f;
                count++;
            }
            for (int i = 0; i < count / 2; i++) {
                s *= f;
            }
            if (count % 2 == 1) {
                r *= f;
            }
        }
        return new long[] {s, r * rest};
    }
}
