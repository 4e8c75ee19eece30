package io.logicminer.solver.math.basicmath;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.python.PythonFloat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Is n prime?" answered {@code Yes} or {@code No}. */
public final class IsPrimeSolver extends RecognisingSolver {

    public IsPrimeSolver() {
        super("basic_math", "is_prime");
    }

    private static final Pattern QUESTION = Pattern.compile("(?<!\\d)(\\d++)\\D{0,30}?\\bprime\\b|\\bprime\\D{0,30}?(\\d++)");

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        String lower = problem.lower();
        if (Extract.mentions(lower, "prime factor", "composite", "factori")) {
            return Optional.empty();
        }
        Matcher m = Extract.scan(QUESTION, lower);
        if (!m.find()) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2));
        long divisor = PrimeCheck.smallestDivisor(n);
        boolean prime = n > 1 && divisor == n;
        Explanation steps = Explanation.start("A prime number is a whole number greater than 1 whose only divisors are 1 and itself.");
        if (prime) {
            steps.step("No whole number from 2 up to √" + n + " divides " + n + ", so " + n + " is prime.");
        } else if (n > 1) {
            steps.step(n + " = " + divisor + " × " + n / divisor + ", so " + n + " is not prime.");
        } else {
            steps.step(n + " is not greater than 1, so it is not prime.");
        }
        return steps.answer(prime ? "Yes" : "No", 0.85);
    }


}
