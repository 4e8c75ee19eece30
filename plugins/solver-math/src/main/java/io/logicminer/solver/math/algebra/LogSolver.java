package io.logicminer.solver.math.algebra;

import io.logicminer.solver.math.engine.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.engine.Steps;
import io.logicminer.solver.math.engine.TopicSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code log_{b}(c)} for an exact power c = b^a. */
public final class LogSolver implements TopicSolver {

    private static final Pattern LOG = Pattern.compile("log_?\\{?(\\d+)\\}?\\(?(\\d+)\\)?");
    private static final Pattern WORDS = Pattern.compile("log\\w*\\s+(?:of\\s+)?(\\d+)\\s+(?:to|in|with)\\s+(?:the\\s+)?base\\s+(\\d+)");

    @Override
    public String topic() {
        return "algebra";
    }

    @Override
    public String subtopic() {
        return "log";
    }

    @Override
    public Optional<WorkedAnswer> solve(ProblemText problem) {
        Matcher m = LOG.matcher(Extract.compact(problem.text()));
        long base;
        long value;
        if (m.find()) {
            base = Long.parseLong(m.group(1));
            value = Long.parseLong(m.group(2));
        } else {
            Matcher w = WORDS.matcher(problem.lower());
            if (!w.find()) {
                return Optional.empty();
            }
            value = Long.parseLong(w.group(1));
            base = Long.parseLong(w.group(2));
        }
        if (base < 2 || value < 1) {
            return Optional.empty();
        }
        BigInteger b = BigInteger.valueOf(base);
        BigInteger power = BigInteger.ONE;
        int exponent = 0;
        while (power.compareTo(BigInteger.valueOf(value)) < 0) {
            power = power.multiply(b);
            exponent++;
        }
        if (!power.equals(BigInteger.valueOf(value))) {
            return Optional.empty();
        }
        String answer = Integer.toString(exponent);
        Steps steps = Steps.start("log_" + base + "(" + value + ") asks: to which power must " + base + " be raised to get "
                        + value + "?")
                .then(base + "^" + exponent + " = " + value + ".")
                .then("So log_" + base + "(" + value + ") = " + exponent + ".");
        return Optional.of(steps.answer(answer, 0.9));
    }
}
