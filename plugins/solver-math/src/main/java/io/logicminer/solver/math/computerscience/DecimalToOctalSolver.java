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

/** A decimal number in Python's {@code oct()} form ({@code 0o7162}). */
public final class DecimalToOctalSolver extends RecognisingSolver {

    public DecimalToOctalSolver() {
        super("computer_science", "decimal_to_octal");
    }

    private static final Pattern QUESTION = Pattern.compile("(?<!\\d)(\\d++)\\D{0,30}?\\boctal|octal\\D{0,30}?(\\d++)");

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        Matcher m = Extract.scan(QUESTION, problem.lower());
        if (!m.find()) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2));
        String answer = "0o" + Long.toOctalString(n);
        Explanation steps = Explanation.start("We convert " + n + " to octal by repeated division by 8.");
        long x = n;
        do {
            steps.step(x + " ÷ 8 = " + x / 8 + " remainder " + x % 8 + ".");
            x /= 8;
        } while (x > 0);
        steps.step("Reading the remainders from last to first gives " + Long.toOctalString(n) + ", written " + answer + ".");
        return steps.answer(answer, 0.9);
    }


}
