package io.logicminer.solver.math.misc;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Convert X from base b1 to base b2.": digits above 9 as upper-case letters. */
public final class BaseConversionSolver extends RecognisingSolver {

    private static final Pattern FULL = Pattern.compile(
            "(?i)\\b([0-9a-z]+)[\\s)]*+(?:from|in|which is in|written in|given in)?\\s*(?:the\\s+)?base[\\s-]*(\\d+)"
                    + "\\b.{0,40}?\\bbase[\\s-]*(\\d+)");

    public BaseConversionSolver() {
        super("misc", "base_conversion");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("base")) {
            return Optional.empty();
        }
        Matcher m = Extract.scan(FULL, q.body());
        if (!m.find()) {
            return Optional.empty();
        }
        String digits = m.group(1).toUpperCase(Locale.ROOT);
        int from = Integer.parseInt(m.group(2));
        int to = Integer.parseInt(m.group(3));
        if (from < 2 || from > 36 || to < 2 || to > 36 || from == to || m.find()) {
            return Optional.empty();
        }
        BigInteger value;
        try {
            value = new BigInteger(digits, from);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String answer = value.toString(to).toUpperCase(Locale.ROOT);
        Explanation e = Explanation.start("Convert " + digits + " from base " + from + " to base " + to
                + " by going through base 10.");
        if (from != 10) {
            e.step("Base " + from + " to decimal: multiply each digit by the matching power of " + from + " and add: "
                    + digits + " (base " + from + ") = " + value + ".");
        } else {
            e.step("The number is already in base 10: " + value + ".");
        }
        if (to != 10) {
            e.step("Decimal to base " + to + ": divide " + value + " by " + to
                    + " repeatedly and read the remainders from last to first: " + answer + ".");
        }
        return e.answer(answer, confidence);
    }
}
