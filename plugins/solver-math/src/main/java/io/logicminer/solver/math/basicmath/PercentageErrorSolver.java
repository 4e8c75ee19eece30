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

/** Percentage error |observed-exact|/|exact|·100, rounded to 2 places, with a trailing {@code %}. */
public final class PercentageErrorSolver implements TopicSolver {

    private static final Pattern OBSERVED = Pattern.compile("(?:observed|measured|experimental)\\D{0,30}?(-?\\d+)");
    private static final Pattern EXACT = Pattern.compile("(?:exact|true|actual|accepted|real)\\D{0,30}?(-?\\d+)");

    @Override
    public Optional<WorkedAnswer> solve(ProblemText problem) {
        String lower = problem.lower();
        if (!Extract.mentions(lower, "error")) {
            return Optional.empty();
        }
        Matcher o = OBSERVED.matcher(lower);
        Matcher e = EXACT.matcher(lower);
        if (!o.find() || !e.find()) {
            return Optional.empty();
        }
        long observed = Long.parseLong(o.group(1));
        long exact = Long.parseLong(e.group(1));
        if (exact == 0) {
            return Optional.empty();
        }
        double error = PythonFloat.round((double) Math.abs(observed - exact) / Math.abs(exact) * 100, 2);
        String answer = PythonFloat.repr(error) + "%";
        Steps steps = Steps.start("Percentage error = |observed - exact| / |exact| × 100.")
                .then("|" + observed + " - (" + exact + ")| = " + Math.abs(observed - exact) + " and |" + exact + "| = " + Math.abs(exact) + ".")
                .then(Math.abs(observed - exact) + " / " + Math.abs(exact) + " × 100 ≈ " + answer + ".");
        return Optional.of(steps.answer(answer, 0.9));
    }

    @Override
    public String topic() {
        return "basic_math";
    }

    @Override
    public String subtopic() {
        return "percentage_error";
    }
}
