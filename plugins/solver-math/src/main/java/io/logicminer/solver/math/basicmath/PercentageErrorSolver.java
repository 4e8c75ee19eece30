package io.logicminer.solver.math.basicmath;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.python.PythonFloat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Percentage error |observed-exact|/|exact|·100, rounded to 2 places, with a trailing {@code %}. */
public final class PercentageErrorSolver extends RecognisingSolver {

    public PercentageErrorSolver() {
        super("basic_math", "percentage_error");
    }

    private static final Pattern OBSERVED = Pattern.compile("(?:observed|measured|experimental)\\D{0,30}?(-?\\d+)");
    private static final Pattern EXACT = Pattern.compile("(?:exact|true|actual|accepted|real)\\D{0,30}?(-?\\d+)");

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        String lower = problem.lower();
        if (!Extract.mentions(lower, "error")) {
            return Optional.empty();
        }
        Matcher o = Extract.scan(OBSERVED, lower);
        Matcher e = Extract.scan(EXACT, lower);
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
        Explanation steps = Explanation.start("Percentage error = |observed - exact| / |exact| × 100.")
                .step("|" + observed + " - (" + exact + ")| = " + Math.abs(observed - exact) + " and |" + exact + "| = " + Math.abs(exact) + ".")
                .step(Math.abs(observed - exact) + " / " + Math.abs(exact) + " × 100 ≈ " + answer + ".");
        return steps.answer(answer, 0.9);
    }


}
