package io.logicminer.solver.math.algebra;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code log_{b}(c)} for an exact power c = b^a. */
public final class LogSolver extends RecognisingSolver {

    public LogSolver() {
        super("algebra", "log");
    }

    private static final Pattern LOG = Pattern.compile("log_?\\{?(\\d+)\\}?\\(?(\\d+)\\)?");
    private static final Pattern WORDS = Pattern.compile("log\\w*+\\s+(?:of\\s+)?(\\d+)\\s+(?:to|in|with)\\s+(?:the\\s+)?base\\s+(\\d+)");



    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        Matcher m = Extract.scan(LOG, Extract.compact(problem.text()));
        long base;
        long value;
        if (m.find()) {
            base = Long.parseLong(m.group(1));
            value = Long.parseLong(m.group(2));
        } else {
            Matcher w = Extract.scan(WORDS, problem.lower());
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
        Explanation steps = Explanation.start("log_" + base + "(" + value + ") asks: to which power must " + base + " be raised to get "
                        + value + "?")
                .step(base + "^" + exponent + " = " + value + ".")
                .step("So log_" + base + "(" + value + ") = " + exponent + ".");
        return steps.answer(answer, 0.9);
    }
}
