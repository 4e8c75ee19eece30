package io.logicminer.solver.math.basicmath;

import io.logicminer.solver.math.engine.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.engine.Steps;
import io.logicminer.solver.math.engine.TopicSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.python.PythonFloat;
import io.logicminer.solver.math.exact.Rational;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** n! computed exactly. */
public final class FactorialSolver implements TopicSolver {

    private static final Pattern FACT = Pattern.compile("(?<![\\w.])(\\d+)!");
    private static final Pattern WORDS = Pattern.compile("factorial\\s*(?:of)?\\s*(\\d+)");

    @Override
    public Optional<WorkedAnswer> solve(ProblemText problem) {
        Matcher m = FACT.matcher(problem.text());
        Matcher w = WORDS.matcher(problem.lower());
        int n;
        if (m.find()) {
            n = Integer.parseInt(m.group(1));
        } else if (w.find()) {
            n = Integer.parseInt(w.group(1));
        } else {
            return Optional.empty();
        }
        if (n > 1000) {
            return Optional.empty();
        }
        BigInteger f = BigInteger.ONE;
        StringBuilder product = new StringBuilder();
        for (int i = n; i >= 1; i--) {
            f = f.multiply(BigInteger.valueOf(i));
            product.append(i).append(i > 1 ? " × " : "");
        }
        Steps steps = Steps.start(n + "! is the product of all positive integers from 1 to " + n + " (and 0! = 1).")
                .then(n + "! = " + (n == 0 ? "1" : product) + " = " + f + ".");
        return Optional.of(steps.answer(f.toString(), 0.9));
    }

    @Override
    public String topic() {
        return "basic_math";
    }

    @Override
    public String subtopic() {
        return "factorial";
    }
}
