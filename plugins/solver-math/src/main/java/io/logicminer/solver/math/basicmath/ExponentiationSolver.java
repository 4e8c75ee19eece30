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

/** Whole-number powers {@code b^{e}} computed exactly. */
public final class ExponentiationSolver extends RecognisingSolver {

    public ExponentiationSolver() {
        super("basic_math", "exponentiation");
    }

    private static final Pattern POWER = Pattern.compile("(?<![\\w^{])(?<!\\d\\.)(\\d+)\\^\\{?(\\d+)\\}?=");

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        String compact = Extract.compact(problem.text());
        if (compact.indexOf('^') != compact.lastIndexOf('^')
                || Extract.mentions(problem.lower(), "quotient", "divide", "simplif", "product of")) {
            return Optional.empty();
        }
        Matcher m = Extract.scan(POWER, compact);
        boolean withEquals = m.find();
        if (!withEquals) {
            m = Extract.scan(Pattern.compile("(?<![\\w^{])(?<!\\d\\.)(\\d+)\\^\\{?(\\d+)\\}?(?![\\^\\d}]|\\}\\^)"), compact);
            if (!m.find() || compact.contains("x")) {
                return Optional.empty();
            }
        }
        BigInteger base = new BigInteger(m.group(1));
        int exponent = Integer.parseInt(m.group(2));
        if (exponent > 10_000) {
            return Optional.empty();
        }
        BigInteger value = base.pow(exponent);
        Explanation steps = Explanation.start("We evaluate " + base + "^" + exponent + ", which means multiplying " + base + " by itself "
                        + exponent + " times.")
                .step(base + "^" + exponent + " = " + value + ".");
        double confidence = withEquals || Extract.mentions(problem.lower(), "power", "exponent", "raise", "evaluate", "calculate")
                ? 0.85 : 0.5;
        return steps.answer(value.toString(), confidence);
    }


}
