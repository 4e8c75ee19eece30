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
 * "The Quotient of b^{m} and b^{n} = b^{m-n} = b^{k}": an int when k ≥ 0, otherwise Python's float
 * {@code b ** k} in repr form ({@code 5.689576695493855e-05}).
 */
public final class QuotientOfPowerSameBaseSolver extends RecognisingSolver {

    private static final Pattern POWER = Pattern.compile("(?<![\\w.])(\\d+)\\s*\\^\\s*\\{?\\s*\\(?(-?\\d+)\\)?\\s*\\}?");

    public QuotientOfPowerSameBaseSolver() {
        super("misc", "quotient_of_power_same_base");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("quotient", "divide", "division") || q.matches("\\(\\s*\\d+\\s*/\\s*\\d+\\s*\\)")) {
            return Optional.empty();
        }
        Matcher m = Extract.scan(POWER, q.body());
        if (!m.find()) {
            return Optional.empty();
        }
        long base = Long.parseLong(m.group(1));
        long p1 = Long.parseLong(m.group(2));
        if (!m.find() || Long.parseLong(m.group(1)) != base) {
            return Optional.empty();
        }
        long p2 = Long.parseLong(m.group(2));
        if (p1 == p2 && !q.matches("\\d+\\s*\\^\\s*\\{?\\s*\\d+\\s*-\\s*\\d+")) {
            return Optional.empty(); // same base and same power: the same-power generator is equally likely
        }
        long step = p1 - p2;
        if (base < 1 || Math.abs(step) > 200) {
            return Optional.empty();
        }
        String answer;
        if (step >= 0) {
            answer = BigInteger.valueOf(base).pow((int) step).toString();
        } else {
            BigDecimal denominator = new BigDecimal(BigInteger.valueOf(base).pow((int) -step));
            double value = BigDecimal.ONE.divide(denominator, new MathContext(40)).doubleValue();
            answer = PythonFloat.repr(value);
        }
        return Explanation.start("Dividing powers with the same base means subtracting the exponents: "
                        + "b^m / b^n = b^(m-n).")
                .step(base + "^" + p1 + " / " + base + "^" + p2 + " = " + base + "^(" + p1 + " - " + p2 + ") = "
                        + base + "^" + step + ".")
                .step(step >= 0 ? base + "^" + step + " = " + answer + "."
                        : base + "^" + step + " = 1 / " + base + "^" + (-step) + " = 1 / "
                                + BigInteger.valueOf(base).pow((int) -step) + " ≈ " + answer + ".")
                .answer(answer, confidence);
    }
}
