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
 * "The quotient of a^{p} and b^{p} = (a/b)^p = c^{p}": (a/b)^p rounded to 2 decimals ({@code 0.0} when tiny).
 */
public final class QuotientOfPowerSamePowerSolver extends RecognisingSolver {

    private static final Pattern POWER = Pattern.compile("(?<![\\w.])(\\d+)\\s*\\^\\s*\\{?\\s*\\(?(\\d+)\\)?\\s*\\}?");

    public QuotientOfPowerSamePowerSolver() {
        super("misc", "quotient_of_power_same_power");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("quotient", "divide", "division")) {
            return Optional.empty();
        }
        Matcher m = Extract.scan(POWER, q.body());
        if (!m.find()) {
            return Optional.empty();
        }
        long a = Long.parseLong(m.group(1));
        long p = Long.parseLong(m.group(2));
        if (!m.find() || Long.parseLong(m.group(2)) != p) {
            return Optional.empty();
        }
        long b = Long.parseLong(m.group(1));
        boolean ratioShown = q.matches("\\(\\s*\\d+\\s*/\\s*\\d+\\s*\\)");
        if (b == 0 || (a == b && !ratioShown) || q.matches("\\d+\\s*\\^\\s*\\{?\\s*\\d+\\s*-\\s*\\d+")) {
            return Optional.empty();
        }
        double ratio = (double) a / b;
        double value = Math.pow(ratio, p);
        String answer = PythonFloat.roundRepr(value, 2);
        return Explanation.start("Powers with the same exponent can be divided by dividing the bases: "
                        + "a^p / b^p = (a/b)^p.")
                .step(a + "^" + p + " / " + b + "^" + p + " = (" + a + "/" + b + ")^" + p + " = "
                        + PythonFloat.repr(ratio) + "^" + p + ".")
                .step(PythonFloat.repr(ratio) + "^" + p + " ≈ " + PythonFloat.repr(value) + ".")
                .step("Rounded to two decimals: " + answer + ".")
                .answer(answer, confidence);
    }
}
