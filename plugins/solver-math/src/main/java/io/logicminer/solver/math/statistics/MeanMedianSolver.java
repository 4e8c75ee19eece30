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
 * "Given the series of numbers [..]. Find the arithmatic mean and median of the series" (10 numbers): answered
 * as {@code Arithmetic mean of the series is 57.1 and arithmetic median of this series is 53.0}.
 */
public final class MeanMedianSolver extends RecognisingSolver {

    public MeanMedianSolver() {
        super("statistics", "mean_median");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("mean", "average") || !q.has("median") || q.has("variance", "deviation")) {
            return Optional.empty();
        }
        Optional<long[]> data = Extract.wholeNumbers(q.numbers());
        if (data.isEmpty() || data.get().length != 10) {
            return Optional.empty();
        }
        long[] xs = data.get().clone();
        long total = 0;
        for (long x : xs) {
            total += x;
        }
        Arrays.sort(xs);
        double mean = total / 10.0;
        double median = (xs[4] + xs[5]) / 2.0;
        String answer = "Arithmetic mean of the series is " + PythonFloat.repr(mean)
                + " and arithmetic median of this series is " + PythonFloat.repr(median);
        return Explanation.start("The series has 10 numbers.")
                .step("Mean = sum / 10 = " + total + " / 10 = " + PythonFloat.repr(mean) + ".")
                .step("Sorted: " + Arrays.toString(xs) + "; with an even count the median is the average of the 5th "
                        + "and 6th values: (" + xs[4] + " + " + xs[5] + ") / 2 = " + PythonFloat.repr(median) + ".")
                .answer(answer, confidence);
    }
}
