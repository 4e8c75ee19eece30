package io.logicminer.solver.math.computerscience;

import io.logicminer.solver.math.engine.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.engine.Steps;
import io.logicminer.solver.math.engine.TopicSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A decimal number in Python's {@code oct()} form ({@code 0o7162}). */
public final class DecimalToOctalSolver implements TopicSolver {

    private static final Pattern QUESTION = Pattern.compile("(\\d+)\\D{0,30}?\\boctal|octal\\D{0,30}?(\\d+)");

    @Override
    public Optional<WorkedAnswer> solve(ProblemText problem) {
        Matcher m = QUESTION.matcher(problem.lower());
        if (!m.find()) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2));
        String answer = "0o" + Long.toOctalString(n);
        Steps steps = Steps.start("We convert " + n + " to octal by repeated division by 8.");
        long x = n;
        do {
            steps.then(x + " ÷ 8 = " + x / 8 + " remainder " + x % 8 + ".");
            x /= 8;
        } while (x > 0);
        steps.then("Reading the remainders from last to first gives " + Long.toOctalString(n) + ", written " + answer + ".");
        return Optional.of(steps.answer(answer, 0.9));
    }

    @Override
    public String topic() {
        return "computer_science";
    }

    @Override
    public String subtopic() {
        return "decimal_to_octal";
    }
}
