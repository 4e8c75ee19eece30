package io.logicminer.solver.math.computerscience;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "What is the nth Tribonacci number?" with mathgenerator's indexing: T(1) = 0, T(2) = 0, T(3) = 1, T(4) = 1. */
public final class NthTribonacciNumberSolver extends RecognisingSolver {

    public NthTribonacciNumberSolver() {
        super("computer_science", "nth_tribonacci_number");
    }

    private static final Pattern QUESTION = Pattern.compile("(?<!\\d)(\\d++)\\s*(?:st|nd|rd|th)?\\s+tribonacci|tribonacci\\s+(?:number\\s+)?(?:no\\.?\\s*|#|number\\s+)?(\\d+)");

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        String lower = problem.lower();
        Matcher m = Extract.scan(QUESTION, lower);
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
        Explanation steps = Explanation.start("The Tribonacci sequence starts 0, 0, 1 and each further term is the sum of the three before it: "
                        + "0, 0, 1, 1, 2, 4, 7, 13, 24, ...")
                .step("Counting the first 0 as term 1, we add up the sequence until term " + n + ".")
                .step("Term " + n + " is " + a + ".");
        return steps.answer(a.toString(), 0.9);
    }


}
