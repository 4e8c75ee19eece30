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

/** "What is a% of b?" with two decimals ({@code "{:.2f}"}). */
public final class PercentageSolver implements TopicSolver {

    private static final Pattern PERCENT = Pattern.compile("(\\d+)\\s*(?:%|percent|per cent)\\s*of\\s*(?:the\\s+number\\s+)?(\\d+)");

    @Override
    public Optional<WorkedAnswer> solve(ProblemText problem) {
        Matcher m = PERCENT.matcher(problem.lower());
        if (!m.find() || Extract.mentions(problem.lower(), "interest", "error", "difference")) {
            return Optional.empty();
        }
        long a = Long.parseLong(m.group(1));
        long b = Long.parseLong(m.group(2));
        double value = a / 100.0 * b;
        String answer = PythonFloat.fixed(value, 2);
        Steps steps = Steps.start("To find " + a + "% of " + b + ", convert the percentage to a decimal and multiply.")
                .then(a + "% = " + a + "/100 = " + PythonFloat.repr(a / 100.0) + ".")
                .then(PythonFloat.repr(a / 100.0) + " × " + b + " = " + answer + ".");
        return Optional.of(steps.answer(answer, 0.9));
    }

    @Override
    public String topic() {
        return "basic_math";
    }

    @Override
    public String subtopic() {
        return "percentage";
    }
}
