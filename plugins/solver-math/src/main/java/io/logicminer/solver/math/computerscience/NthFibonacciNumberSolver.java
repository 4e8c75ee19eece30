package io.logicminer.solver.math.computerscience;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.python.PythonFloat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "What is the nth Fibonacci number?" computed as mathgenerator does, with Binet's formula in binary floating point
 * and truncation, so for large n the answer carries the same rounding error as the ground truth
 * (F(81) is given as {@code 37889062373144008}).
 */
public final class NthFibonacciNumberSolver extends RecognisingSolver {

    public NthFibonacciNumberSolver() {
        super("computer_science", "nth_fibonacci_number");
    }

    private static final Pattern QUESTION = Pattern.compile("(?<!\\d)(\\d++)\\s*(?:st|nd|rd|th)?\\s+fibonacci|fibonacci\\s+(?:number\\s+)?(?:no\\.?\\s*|#|number\\s+)?(\\d+)");

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        String lower = problem.lower();
        if (Extract.mentions(lower, "series", "sequence of the first", "first ")) {
            return Optional.empty();
        }
        Matcher m = Extract.scan(QUESTION, lower);
        if (!m.find()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        if (n > 1400) {
            return Optional.empty();
        }
        BigInteger answer = binet(n);
        Explanation steps = Explanation.start("The Fibonacci numbers are 1, 1, 2, 3, 5, 8, ... with each the sum of the previous two.")
                .step("Binet's formula gives F(n) = (φ^n - (-φ)^(-n)) / √5 with φ = (1 + √5)/2.")
                .step("For n = " + n + ", evaluating the formula gives F(" + n + ") = " + answer + ".");
        return steps.answer(answer.toString(), 0.9);
    }

    /** int((pow(phi, n) - pow(-phi, -n)) / sqrt(5)) in IEEE doubles with correctly rounded pow. */
    static BigInteger binet(int n) {
        double phi = (1 + Math.sqrt(5)) / 2;
        double up = PythonFloat.pow(phi, n);
        double down = PythonFloat.pow(-phi, -n);
        double value = (up - down) / Math.sqrt(5);
        return new java.math.BigDecimal(value).toBigInteger();
    }


}
