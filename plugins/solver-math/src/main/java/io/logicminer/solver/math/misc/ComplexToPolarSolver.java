package io.logicminer.solver.math.misc;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;

import io.logicminer.python.PythonFloat;

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

    private static final String NUM = "(-?\\d++(?:\\.\\d++)?)";
    private static final String THETA = "\\s*(?:\\\\theta|θ|theta)";
    private static final Pattern FORM = Pattern.compile(
            "(?<!\\d)" + NUM + "\\s*\\(\\s*" + NUM + THETA + "\\s*\\+\\s*i\\s*\\*?\\s*" + NUM + THETA + "\\s*\\)");

    public ComplexToPolarSolver() {
        super("misc", "complex_to_polar");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        Matcher m = Extract.scan(FORM, q.body());
        if (!m.find()) {
            return Optional.empty();
        }
        double r = Double.parseDouble(m.group(1));
        double a = Double.parseDouble(m.group(2));
        double b = Double.parseDouble(m.group(3));
        if (m.find() || PythonFloat.round(Math.hypot(a, b), 2) != r) {
            return Optional.empty();
        }
        double theta = Math.atan2(b, a);
        String answer = PythonFloat.roundRepr(theta, 2);
        String quadrant = a >= 0 ? "" : " (the real part is negative, so atan2 places the angle in the "
                + (b >= 0 ? "second" : "third") + " quadrant)";
        return Explanation.start("The expression describes the complex number z = " + PythonFloat.repr(a) + " + ("
                        + PythonFloat.repr(b) + ")i with modulus r = " + PythonFloat.repr(r)
                        + "; in polar form z = r(cos θ + i sin θ), so we need the argument θ.")
                .step("Check the modulus: r = sqrt(" + PythonFloat.repr(a) + "² + " + PythonFloat.repr(b) + "²) ≈ "
                        + PythonFloat.repr(r) + ".")
                .step("θ = atan2(" + PythonFloat.repr(b) + ", " + PythonFloat.repr(a) + ") ≈ "
                        + PythonFloat.repr(theta) + " radians" + quadrant + ".")
                .step("Rounded to two decimals: θ = " + answer + ".")
                .answer(answer, confidence);
    }
}
