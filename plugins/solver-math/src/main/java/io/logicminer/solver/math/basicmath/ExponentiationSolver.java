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

/** Whole-number powers {@code b^{e}} computed exactly. */
public final class ExponentiationSolver implements TopicSolver {

    private static final Pattern POWER = Pattern.compile("(?<![\\w^{])(?<!\\d\\.)(\\d+)\\^\\{?(\\d+)\\}?=");

    @Override
    public Optional<WorkedAnswer> solve(ProblemText problem) {
        String compact = Extract.compact(problem.text());
        if (compact.indexOf('^') != compact.lastIndexOf('^')
                || Extract.mentions(problem.lower(), "quotient", "divide", "simplif", "product of")) {
            return Optional.empty();
        }
        Matcher m = POWER.matcher(compact);
        boolean withEquals = m.find();
        if (!withEquals) {
            m = Pattern.compile("(?<![\\w^{])(?<!\\d\\.)(\\d+)\\^\\{?(\\d+)\\}?(?![\\^\\d}]|\\}\\^)").matcher(compact);
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
        Steps steps = Steps.start("We evaluate " + base + "^" + exponent + ", which means multiplying " + base + " by itself "
                        + exponent + " times.")
                .then(base + "^" + exponent + " = " + value + ".");
        double confidence = withEquals || Extract.mentions(problem.lower(), "power", "exponent", "raise", "evaluate", "calculate")
                ? 0.85 : 0.5;
        return Optional.of(steps.answer(value.toString(), confidence));
    }

    @Override
    public String topic() {
        return "basic_math";
    }

    @Override
    public String subtopic() {
        return "exponentiation";
    }
}
