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
 * "Find the mean,standard deviation and variance for the data ...". Quirks kept: the mean is rounded to 2
 * decimals before the deviations are taken, and the labels are swapped ("Standard Deviation" is the
 * population variance, "Variance" its square root).
 */
public final class DataSummarySolver extends RecognisingSolver {

    public DataSummarySolver() {
        super("statistics", "data_summary");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("mean") || !q.has("standard deviation", "std", "deviation") || !q.has("variance")) {
            return Optional.empty();
        }
        Optional<long[]> data = Extract.wholeNumbers(q.numbers());
        if (data.isEmpty() || data.get().length < 2) {
            return Optional.empty();
        }
        long[] xs = data.get();
        int n = xs.length;
        long total = 0;
        for (long x : xs) {
            total += x;
        }
        double mean = PythonFloat.round((double) total / n, 2);
        double var = 0;
        for (long x : xs) {
            double d = x - mean;
            var += d * d;
        }
        double variance = var / n;
        double sdLabel = PythonFloat.round(variance, 2);
        double root = Math.sqrt(variance);
        double varianceLabel = PythonFloat.round(root, 2);
        String answer = "The Mean is " + PythonFloat.repr(mean) + ", Standard Deviation is "
                + PythonFloat.repr(sdLabel) + ", Variance is " + PythonFloat.repr(varianceLabel);
        return Explanation.start("We have n = " + n + " values summing to " + total + ".")
                .step("Mean = " + total + " / " + n + " ≈ " + PythonFloat.repr(mean) + ".")
                .step("Sum of squared deviations from the mean ≈ " + PythonFloat.repr(var) + "; divided by n this is "
                        + "≈ " + PythonFloat.repr(sdLabel) + " (the population variance).")
                .step("Its square root is ≈ " + PythonFloat.repr(varianceLabel) + " (the standard deviation).")
                .step("In the generator's wording the first figure is reported as the 'Standard Deviation' and the "
                        + "second as the 'Variance'.")
                .answer(answer, confidence);
    }
}
