package io.logicminer.solver.math.misc;

import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;

import io.logicminer.solver.math.toolkit.Extract;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Factors of n =": all divisors ascending, as a Python list {@code [1, 2, 283, 566]}. */
public final class FactorsSolver extends RecognisingSolver {

    public FactorsSolver() {
        super("misc", "factors");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.matches("factors|divisors") || q.has("prime", "common", "highest", "greatest", "gcd", "hcf")) {
            return Optional.empty();
        }
        Optional<long[]> n = Extract.wholeNumbers(q.numbers());
        if (n.isEmpty() || n.get().length != 1 || n.get()[0] < 1) {
            return Optional.empty();
        }
        long value = n.get()[0];
        List<Long> small = new ArrayList<>();
        List<Long> large = new ArrayList<>();
        StringBuilder pairs = new StringBuilder();
        for (long i = 1; i * i <= value; i++) {
            if (value % i == 0) {
                small.add(i);
                if (i * i != value) {
                    large.add(0, value / i);
                }
                pairs.append(pairs.length() > 0 ? ", " : "").append(i).append(" × ").append(value / i);
            }
        }
        small.addAll(large);
        String answer = small.toString();
        return Explanation.start("To list the factors of " + value + ", test every whole number up to sqrt(" + value
                        + ") and record each divisor together with its partner.")
                .step("Divisor pairs: " + pairs + ".")
                .step("Sorted, the factors are " + answer + ".")
                .answer(answer, confidence);
    }
}
