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

/** "Is n composite?" answered {@code Yes} or {@code No}. */
public final class IsCompositeSolver extends RecognisingSolver {

    public IsCompositeSolver() {
        super("basic_math", "is_composite");
    }

    private static final Pattern QUESTION = Pattern.compile("(?<!\\d)(\\d++)\\D{0,30}?\\bcomposite|composite\\D{0,30}?(\\d++)");

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        Matcher m = Extract.scan(QUESTION, problem.lower());
        if (!m.find() || Extract.mentions(problem.lower(), "prime factor")) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2));
        long divisor = PrimeCheck.smallestDivisor(n);
        boolean composite = n > 1 && divisor < n;
        Explanation steps = Explanation.start("A composite number is a whole number greater than 1 with a divisor other than 1 and itself.");
        if (composite) {
            steps.step(n + " is divisible by " + divisor + " (" + n + " = " + divisor + " × " + n / divisor + "), so it is composite.");
        } else {
            steps.step("Trying every divisor up to √" + n + " finds none, so " + n + " is " + (n > 1 ? "prime" : "neither prime nor composite")
                    + " and not composite.");
        }
        return steps.answer(composite ? "Yes" : "No", 0.9);
    }


}
