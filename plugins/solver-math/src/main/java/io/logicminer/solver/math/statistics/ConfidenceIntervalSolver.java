package io.logicminer.solver.math.statistics;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.misc.Explanation;
import io.logicminer.solver.math.misc.PythonNumbers;
import io.logicminer.solver.math.misc.QuestionText;
import io.logicminer.solver.math.misc.RecognisingSolver;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The confidence interval for sample [..] with p% confidence is": mean ± z·sqrt(σ²/n) with the population
 * variance and z = 1.282, 1.645, 1.960, 2.576 for 80, 90, 95, 99%. Quirk kept: printed as
 * {@code (upper, lower)}.
 */
public final class ConfidenceIntervalSolver extends RecognisingSolver {

    public ConfidenceIntervalSolver() {
        super("statistics", "confidence_interval");
    }

    @Override
    protected Optional<WorkedAnswer> solve(QuestionText q, double confidence) {
        if (!q.has("confidence")) {
            return Optional.empty();
        }
        Matcher list = Pattern.compile("\\[([^\\[\\]]*)\\]").matcher(q.body());
        if (!list.find()) {
            return Optional.empty();
        }
        Optional<long[]> sample = QuestionText.integers(QuestionText.numbers(list.group(1)));
        String rest = q.body().substring(0, list.start()) + " " + q.body().substring(list.end());
        List<String> others = QuestionText.numbers(rest);
        if (list.find() || sample.isEmpty() || sample.get().length < 2 || others.size() != 1) {
            return Optional.empty();
        }
        double z;
        switch (others.get(0)) {
            case "80" -> z = 1.282;
            case "90" -> z = 1.645;
            case "95" -> z = 1.960;
            case "99" -> z = 2.576;
            default -> {
                return Optional.empty();
            }
        }
        long[] xs = sample.get();
        int n = xs.length;
        long total = 0;
        for (long x : xs) {
            total += x;
        }
        double mean = (double) total / n;
        double sd = 0;
        for (long x : xs) {
            double d = x - mean;
            sd = d * d + sd;
        }
        sd = sd / n;
        double se = z * Math.sqrt(sd / n);
        String upper = PythonNumbers.roundRepr(mean + se, 2);
        String lower = PythonNumbers.roundRepr(mean - se, 2);
        String answer = "(" + upper + ", " + lower + ")";
        return Explanation.start("A " + others.get(0) + "% confidence interval for the mean is mean ± z × σ/√n, with "
                        + "z = " + PythonNumbers.repr(z) + " for " + others.get(0) + "% and n = " + n + " values.")
                .step("Mean = " + total + " / " + n + " ≈ " + PythonNumbers.repr(mean) + ".")
                .step("Variance σ² = Σ(x - mean)² / n ≈ " + PythonNumbers.repr(sd) + ".")
                .step("Margin = " + PythonNumbers.repr(z) + " × sqrt(" + PythonNumbers.repr(sd) + " / " + n + ") ≈ "
                        + PythonNumbers.repr(se) + ".")
                .step("Upper bound ≈ " + upper + ", lower bound ≈ " + lower + "; written (upper, lower) that is "
                        + answer + ".")
                .answer(answer, confidence);
    }
}
