package io.logicminer.solver.math.basicmath;

import io.logicminer.solver.math.engine.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.engine.Steps;
import io.logicminer.solver.math.engine.TopicSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.python.PythonFloat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Percentage difference 2|a-b|/|a+b|·100, rounded to 2 places, with a trailing {@code %}. */
public final class PercentageDifferenceSolver implements TopicSolver {

    private static final Pattern PAIR = Pattern.compile("percent(?:age)?\\s*diff\\w*\\D{0,40}?(-?\\d+)\\D{1,10}?(-?\\d+)");

    @Override
    public Optional<WorkedAnswer> solve(ProblemText problem) {
        Matcher m = PAIR.matcher(problem.lower());
        if (!m.find()) {
            return Optional.empty();
        }
        long a = Long.parseLong(m.group(1));
        long b = Long.parseLong(m.group(2));
        if (a + b == 0) {
            return Optional.empty();
        }
        double ratio = (double) Math.abs(a - b) / Math.abs(a + b);
        double diff = PythonFloat.round(2 * ratio * 100, 2);
        String answer = PythonFloat.repr(diff) + "%";
        Steps steps = Steps.start("The percentage difference of two values is |a - b| divided by their average (a + b)/2, times 100.")
                .then("|" + a + " - " + b + "| = " + Math.abs(a - b) + " and the average is " + (a + b) + "/2.")
                .then("2 × " + Math.abs(a - b) + " / " + Math.abs(a + b) + " × 100 ≈ " + answer + ".");
        return Optional.of(steps.answer(answer, 0.9));
    }

    @Override
    public String topic() {
        return "basic_math";
    }

    @Override
    public String subtopic() {
        return "percentage_difference";
    }
}
