package io.logicminer.solver.math.statistics;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

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
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("confidence")) {
            return Optional.empty();
        }
        Matcher list = Extract.scan(Pattern.compile("\\[([^\\[\\]]*)\\]"), q.body());
        if (!list.find()) {
            return Optional.empty();
        }
        Optional<long[]> sample = Extract.wholeNumbers(Extract.numbers(list.group(1)));
        String rest = q.body().substring(0, list.start()) + " " + q.body().substring(list.end());
        List<String> others = Extract.numbers(rest);
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
        String upper = PythonFloat.roundRepr(mean + se, 2);
        String lower = PythonFloat.roundRepr(mean - se, 2);
        String answer = "(" + upper + ", " + lower + ")";
        return Explanation.start("A " + others.get(0) + "% confidence interval for the mean is mean ± z × σ/√n, with "
                        + "z = " + PythonFloat.repr(z) + " for " + others.get(0) + "% and n = " + n + " values.")
                .step("Mean = " + total + " / " + n + " ≈ " + PythonFloat.repr(mean) + ".")
                .step("Variance σ² = Σ(x - mean)² / n ≈ " + PythonFloat.repr(sd) + ".")
                .step("Margin = " + PythonFloat.repr(z) + " × sqrt(" + PythonFloat.repr(sd) + " / " + n + ") ≈ "
                        + PythonFloat.repr(se) + ".")
                .step("Upper bound ≈ " + upper + ", lower bound ≈ " + lower + "; written (upper, lower) that is "
                        + answer + ".")
                .answer(answer, confidence);
    }
}
