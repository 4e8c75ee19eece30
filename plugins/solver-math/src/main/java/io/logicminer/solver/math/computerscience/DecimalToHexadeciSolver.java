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

/** A decimal number in Python's {@code hex()} form ({@code 0x19a}). */
public final class DecimalToHexadeciSolver extends RecognisingSolver {

    public DecimalToHexadeciSolver() {
        super("computer_science", "decimal_to_hexadeci");
    }

    private static final Pattern QUESTION = Pattern.compile("hex[a-z_]*+\\s*(?:of|for)?\\s*:?\\s*(\\d++)|(?<!\\d)(\\d++)\\D{0,30}?\\bhex");

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        String lower = problem.lower();
        Matcher m = Extract.scan(QUESTION, lower);
        if (!m.find() || Extract.mentions(lower, "binary", "bcd", "octal")) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2));
        String answer = "0x" + Long.toHexString(n);
        Explanation steps = Explanation.start("We convert " + n + " to hexadecimal by repeated division by 16.");
        long x = n;
        do {
            steps.step(x + " ÷ 16 = " + x / 16 + " remainder " + x % 16 + " (hex digit " + Long.toHexString(x % 16) + ").");
            x /= 16;
        } while (x > 0);
        steps.step("Reading the remainders from last to first gives " + Long.toHexString(n) + ", written " + answer + ".");
        return steps.answer(answer, 0.9);
    }


}
