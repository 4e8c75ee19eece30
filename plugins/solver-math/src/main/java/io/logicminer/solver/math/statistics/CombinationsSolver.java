package io.logicminer.solver.math.statistics;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
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

/** "Find the number of combinations from n objects picked k at a time.": n! / (k!(n-k)!). */
public final class CombinationsSolver extends RecognisingSolver {

    public CombinationsSolver() {
        super("statistics", "combinations");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("combination", "choose", "ncr", "c(n") || q.has("permutation", "arrangement")) {
            return Optional.empty();
        }
        Optional<long[]> v = Counting.nk(q);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        long n = v.get()[0];
        long k = v.get()[1];
        BigInteger numerator = Counting.factorial(n);
        BigInteger denominator = Counting.factorial(k).multiply(Counting.factorial(n - k));
        String answer = Counting.pythonIntOfQuotient(numerator, denominator).toString();
        return Explanation.start("Choosing " + k + " objects out of " + n + " when order does not matter is a "
                        + "combination: C(n, k) = n! / (k! (n - k)!).")
                .step("C(" + n + ", " + k + ") = " + n + "! / (" + k + "! × " + (n - k) + "!).")
                .step("= " + numerator + " / " + denominator + " = " + answer + ".")
                .answer(answer, confidence);
    }
}
