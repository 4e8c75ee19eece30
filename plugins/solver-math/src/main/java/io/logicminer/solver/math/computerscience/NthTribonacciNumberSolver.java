package io.logicminer.solver.math.computerscience;

import io.logicminer.solver.math.engine.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.engine.Steps;
import io.logicminer.solver.math.engine.TopicSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "What is the nth Tribonacci number?" with mathgenerator's indexing: T(1) = 0, T(2) = 0, T(3) = 1, T(4) = 1. */
public final class NthTribonacciNumberSolver implements TopicSolver {

    private static final Pattern QUESTION = Pattern.compile("(\\d+)\\s*(?:st|nd|rd|th)?\\s+tribonacci|tribonacci\\s+(?:number\\s+)?(?:no\\.?\\s*|#|number\\s+)?(\\d+)");

    @Override
    public Optional<WorkedAnswer> solve(ProblemText problem) {
        String lower = problem.lower();
        Matcher m = QUESTION.matcher(lower);
        if (!m.find() || Extract.mentions(lower, "series", "first ")) {
            return Optional.empty();
        }
        int n = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        if (n < 1 || n > 5000) {
            return Optional.empty();
        }
        BigInteger a = BigInteger.ZERO;
        BigInteger b = BigInteger.ZERO;
        BigInteger c = BigInteger.ONE;
        for (int i = 1; i < n; i++) {
            BigInteger next = a.add(b).add(c);
            a = b;
            b = c;
            c = next;
        }
        Steps steps = Steps.start("The Tribonacci sequence starts 0, 0, 1 and each further term is the sum of the three before it: "
                        + "0, 0, 1, 1, 2, 4, 7, 13, 24, ...")
                .then("Counting the first 0 as term 1, we add up the sequence until term " + n + ".")
                .then("Term " + n + " is " + a + ".");
        return Optional.of(steps.answer(a.toString(), 0.9));
    }

    @Override
    public String topic() {
        return "computer_science";
    }

    @Override
    public String subtopic() {
        return "nth_tribonacci_number";
    }
}
