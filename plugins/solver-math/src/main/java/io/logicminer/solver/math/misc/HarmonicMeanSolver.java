package io.logicminer.solver.math.misc;

import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;

import io.logicminer.python.PythonFloat;

import io.logicminer.solver.math.toolkit.Extract;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Harmonic mean of n numbers a, b, ... =". Quirk reproduced: mathgenerator divides the LAST number (not the
 * count n) by the sum of reciprocals, so {@code 22, 57, 1} gives {@code 0.94}.
 */
public final class HarmonicMeanSolver extends RecognisingSolver {

    private static final Pattern COUNT = Pattern.compile("(?<!\\d)(\\d++)\\s+(?:numbers|values|integers|terms)");

    public HarmonicMeanSolver() {
        super("misc", "harmonic_mean");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("harmonic")) {
            return Optional.empty();
        }
        Matcher m = Extract.scan(COUNT, q.lower());
        if (!m.find()) {
            return Optional.empty();
        }
        int count = Integer.parseInt(m.group(1));
        List<String> rest = Extract.numbers(q.body().substring(m.end()));
        List<String> before = Extract.numbers(q.body().substring(0, m.start()));
        Optional<long[]> values = Extract.wholeNumbers(rest);
        if (!before.isEmpty() || values.isEmpty() || values.get().length != count || count < 1) {
            return Optional.empty();
        }
        long[] nums = values.get();
        double sum = 0;
        StringBuilder terms = new StringBuilder();
        for (long n : nums) {
            if (n == 0) {
                return Optional.empty();
            }
            sum += 1.0 / n;
            terms.append(terms.length() > 0 ? " + " : "").append("1/").append(n);
        }
        long last = nums[nums.length - 1];
        double result = last / sum;
        String answer = PythonFloat.roundRepr(result, 2);
        return Explanation.start("The harmonic mean is built from the reciprocals of the numbers "
                        + NumberLists.join(rest, ", ") + ".")
                .step("Sum of reciprocals: " + terms + " ≈ " + PythonFloat.repr(sum) + ".")
                .step("Following the generator's formula, the result is the final value " + last
                        + " divided by this sum: " + last + " / " + PythonFloat.repr(sum) + " ≈ "
                        + PythonFloat.repr(result) + " (the textbook harmonic mean would use the count " + count
                        + " instead of " + last + ").")
                .step("Rounded to two decimals: " + answer + ".")
                .answer(answer, confidence);
    }
}
