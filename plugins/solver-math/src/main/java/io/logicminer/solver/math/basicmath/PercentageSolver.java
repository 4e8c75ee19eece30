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

/** "What is a% of b?" with two decimals ({@code "{:.2f}"}). */
public final class PercentageSolver extends RecognisingSolver {

    public PercentageSolver() {
        super("basic_math", "percentage");
    }

    private static final Pattern PERCENT = Pattern.compile("(?<!\\d)(\\d++)\\s*(?:%|percent|per cent)\\s*of\\s*(?:the\\s+number\\s+)?(\\d++)");

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        Matcher m = Extract.scan(PERCENT, problem.lower());
        if (!m.find() || Extract.mentions(problem.lower(), "interest", "error", "difference")) {
            return Optional.empty();
        }
        long a = Long.parseLong(m.group(1));
        long b = Long.parseLong(m.group(2));
        double value = a / 100.0 * b;
        String answer = PythonFloat.fixed(value, 2);
        Explanation steps = Explanation.start("To find " + a + "% of " + b + ", convert the percentage to a decimal and multiply.")
                .step(a + "% = " + a + "/100 = " + PythonFloat.repr(a / 100.0) + ".")
                .step(PythonFloat.repr(a / 100.0) + " × " + b + " = " + answer + ".");
        return steps.answer(answer, 0.9);
    }


}
