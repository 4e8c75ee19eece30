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

/** GCD of the listed numbers by Euclid. */
public final class GreatestCommonDivisorSolver extends RecognisingSolver {

    public GreatestCommonDivisorSolver() {
        super("basic_math", "greatest_common_divisor");
    }

    private static final Pattern GCD = Pattern.compile("(?:gcd|hcf|gcf)\\((\\d++(?:,\\d++)++)\\)");
    private static final Pattern WORDS = Pattern.compile(
            "(?:gcd|hcf|gcf|greatest common (?:divisor|factor)|highest common factor)\\D{0,20}?(\\d++)\\D{1,8}?(\\d++)");

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        Matcher m = Extract.scan(GCD, Extract.compact(problem.text()));
        long[] numbers;
        if (m.find()) {
            String[] parts = m.group(1).split(",");
            numbers = new long[parts.length];
            for (int i = 0; i < parts.length; i++) {
                numbers[i] = Long.parseLong(parts[i]);
            }
        } else {
            Matcher w = Extract.scan(WORDS, problem.lower());
            if (!w.find()) {
                return Optional.empty();
            }
            numbers = new long[] {Long.parseLong(w.group(1)), Long.parseLong(w.group(2))};
        }
        Explanation steps = Explanation.start("We find the greatest common divisor with the Euclidean algorithm: gcd(a, b) = gcd(b, a mod b).");
        long g = numbers[0];
        for (int i = 1; i < numbers.length; i++) {
            long a = g;
            long b = numbers[i];
            while (b != 0) {
                steps.step(a + " mod " + b + " = " + a % b + ".");
                long t = a % b;
                a = b;
                b = t;
            }
            g = a;
        }
        steps.step("The last non-zero remainder is " + g + ", so the GCD is " + g + ".");
        return steps.answer(Long.toString(g), 0.9);
    }


}
