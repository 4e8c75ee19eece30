package io.logicminer.solver.math.misc;

import io.logicminer.solver.math.engine.WorkedAnswer;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "r(a\theta + ib\theta)": mathgenerator's odd rendering of the complex number a + bi with modulus r; the
 * answer is only the argument θ = atan2(b, a) rounded to 2 decimals.
 */
public final class ComplexToPolarSolver extends RecognisingSolver {

    private static final String NUM = "(-?\\d+(?:\\.\\d+)?)";
    private static final String THETA = "\\s*(?:\\\\theta|θ|theta)";
    private static final Pattern FORM = Pattern.compile(
            NUM + "\\s*\\(\\s*" + NUM + THETA + "\\s*\\+\\s*i\\s*\\*?\\s*" + NUM + THETA + "\\s*\\)");

    public ComplexToPolarSolver() {
        super("misc", "complex_to_polar");
    }

    @Override
    protected Optional<WorkedAnswer> solve(QuestionText q, double confidence) {
        Matcher m = FORM.matcher(q.body());
        if (!m.find()) {
            return Optional.empty();
        }
        double r = Double.parseDouble(m.group(1));
        double a = Double.parseDouble(m.group(2));
        double b = Double.parseDouble(m.group(3));
        if (m.find() || PythonNumbers.round(Math.hypot(a, b), 2) != r) {
            return Optional.empty();
        }
        double theta = Math.atan2(b, a);
        String answer = PythonNumbers.roundRepr(theta, 2);
        String quadrant = a >= 0 ? "" : " (the real part is negative, so atan2 places the angle in the "
                + (b >= 0 ? "second" : "third") + " quadrant)";
        return Explanation.start("The expression describes the complex number z = " + PythonNumbers.repr(a) + " + ("
                        + PythonNumbers.repr(b) + ")i with modulus r = " + PythonNumbers.repr(r)
                        + "; in polar form z = r(cos θ + i sin θ), so we need the argument θ.")
                .step("Check the modulus: r = sqrt(" + PythonNumbers.repr(a) + "² + " + PythonNumbers.repr(b) + "²) ≈ "
                        + PythonNumbers.repr(r) + ".")
                .step("θ = atan2(" + PythonNumbers.repr(b) + ", " + PythonNumbers.repr(a) + ") ≈ "
                        + PythonNumbers.repr(theta) + " radians" + quadrant + ".")
                .step("Rounded to two decimals: θ = " + answer + ".")
                .answer(answer, confidence);
    }
}
