package io.logicminer.solver.math.computerscience;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "BCD of Decimal Number 6575". Quirk kept: mathgenerator writes each base-16 digit of the number as a decimal
 * numeral and joins them (6575 = 0x19AF gives {@code 191015}), which is not binary-coded decimal.
 */
public final class DecimalToBcdSolver extends RecognisingSolver {

    public DecimalToBcdSolver() {
        super("computer_science", "decimal_to_bcd");
    }

    private static final Pattern QUESTION = Pattern.compile("bcd\\D{0,40}?(\\d++)|(?<!\\d)(\\d++)\\D{0,40}?\\bbcd\\b");

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        String lower = problem.lower();
        if (Extract.mentions(lower, "integer of binary coded", "bcd to decimal", "from bcd")) {
            return Optional.empty();
        }
        Matcher m = Extract.scan(QUESTION, lower);
        if (!m.find()) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2));
        if (n < 10) {
            return Optional.empty();
        }
        StringBuilder answer = new StringBuilder();
        List<String> nibbles = new ArrayList<>();
        for (long x = n; x > 0; x >>= 4) {
            answer.insert(0, x % 16);
            nibbles.add(0, Long.toString(x % 16));
        }
        Explanation steps = Explanation.start("We follow the problem set's BCD procedure for " + n + ": split the number into 4-bit groups "
                        + "(repeated division by 16) and write each group's value in decimal.")
                .step(n + " = 0x" + Long.toHexString(n).toUpperCase() + ", whose 4-bit groups have the values "
                        + String.join(", ", nibbles) + ".")
                .step("Writing these values one after the other gives " + answer + ".");
        return steps.answer(answer.toString(), 0.9);
    }


}
