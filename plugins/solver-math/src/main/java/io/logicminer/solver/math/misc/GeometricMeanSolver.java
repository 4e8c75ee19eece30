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

/** "Geometric mean of n numbers [a, b, ...] =": the n-th root of the product, rounded to 2 decimals. */
public final class GeometricMeanSolver extends RecognisingSolver {

    public GeometricMeanSolver() {
        super("misc", "geometric_mean");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("geometric mean", "geometric average")) {
            return Optional.empty();
        }
        List<List<String>> lists = NumberLists.lists(q.body());
        if (lists.size() != 1) {
            return Optional.empty();
        }
        Optional<long[]> values = Extract.wholeNumbers(lists.get(0));
        if (values.isEmpty() || values.get().length < 2) {
            return Optional.empty();
        }
        long[] nums = values.get();
        long product = 1;
        for (long n : nums) {
            product = Math.multiplyExact(product, n);
        }
        int count = nums.length;
        double mean = Math.pow(product, 1.0 / count);
        String answer = PythonFloat.roundRepr(mean, 2);
        return Explanation.start("The geometric mean of " + count + " numbers is the " + count
                        + "-th root of their product.")
                .step("Product = " + NumberLists.join(lists.get(0), " × ") + " = " + product + ".")
                .step("Geometric mean = " + product + "^(1/" + count + ") ≈ " + PythonFloat.repr(mean) + ".")
                .step("Rounded to two decimals: " + answer + ".")
                .answer(answer, confidence);
    }
}
