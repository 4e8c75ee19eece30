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

/** Percentage difference 2|a-b|/|a+b|·100, rounded to 2 places, with a trailing {@code %}. */
public final class PercentageDifferenceSolver extends RecognisingSolver {

    public PercentageDifferenceSolver() {
        super("basic_math", "percentage_difference");
    }

    private static final Pattern PAIR = Pattern.compile("percent(?:age)?\\s*diff[a-z_]*+\\D{0,40}?(-?\\d++)\\D{1,10}?(-?\\d++)");

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        Matcher m = Extract.scan(PAIR, problem.lower());
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
        Explanation steps = Explanation.start("The percentage difference of two values is |a - b| divided by their average (a + b)/2, times 100.")
                .step("|" + a + " - " + b + "| = " + Math.abs(a - b) + " and the average is " + (a + b) + "/2.")
                .step("2 × " + Math.abs(a - b) + " / " + Math.abs(a + b) + " × 100 ≈ " + answer + ".");
        return steps.answer(answer, 0.9);
    }


}
