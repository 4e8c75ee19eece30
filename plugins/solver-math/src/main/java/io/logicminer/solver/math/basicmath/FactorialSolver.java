package io.logicminer.solver.math.basicmath;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.python.PythonFloat;
import io.logicminer.solver.math.exact.Rational;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** n! computed exactly. */
public final class FactorialSolver extends RecognisingSolver {

    public FactorialSolver() {
        super("basic_math", "factorial");
    }

    private static final Pattern FACT = Pattern.compile("(?<![\\w.])(\\d+)!");
    private static final Pattern WORDS = Pattern.compile("factorial\\s*(?:of)?\\s*(\\d+)");

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        Matcher m = Extract.scan(FACT, problem.text());
        Matcher w = Extract.scan(WORDS, problem.lower());
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
        Explanation steps = Explanation.start(n + "! is the product of all positive integers from 1 to " + n + " (and 0! = 1).")
                .step(n + "! = " + (n == 0 ? "1" : product) + " = " + f + ".");
        return steps.answer(f.toString(), 0.9);
    }


}
