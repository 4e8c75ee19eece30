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

/** "Common Factors of a and b =": the common divisors ascending, as a Python list {@code [1, 2]}. */
public final class CommonFactorsSolver extends RecognisingSolver {

    public CommonFactorsSolver() {
        super("misc", "common_factors");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("common factor", "common divisor", "factors in common", "factors common", "shared factor")
                || q.has("greatest", "highest", "gcd", "hcf")) {
            return Optional.empty();
        }
        Optional<long[]> n = Extract.wholeNumbers(q.numbers());
        if (n.isEmpty() || n.get().length != 2 || n.get()[0] < 1 || n.get()[1] < 1) {
            return Optional.empty();
        }
        long a = n.get()[0];
        long b = n.get()[1];
        List<Long> common = new ArrayList<>();
        for (long i = 1; i <= Math.min(a, b); i++) {
            if (a % i == 0 && b % i == 0) {
                common.add(i);
            }
        }
        long g = BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)).longValue();
        String answer = common.toString();
        return Explanation.start("The common factors of " + a + " and " + b + " are the numbers that divide both; "
                        + "they are exactly the divisors of gcd(" + a + ", " + b + ").")
                .step("gcd(" + a + ", " + b + ") = " + g + ".")
                .step("The divisors of " + g + " are " + answer + ".")
                .answer(answer, confidence);
    }
}
