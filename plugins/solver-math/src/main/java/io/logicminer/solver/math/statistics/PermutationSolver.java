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

/** "Number of Permutations from n objects picked k at a time is:": n! / (n-k)!. */
public final class PermutationSolver extends RecognisingSolver {

    public PermutationSolver() {
        super("statistics", "permutation");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("permutation", "arrangement", "npr", "arrange") || q.has("combination")) {
            return Optional.empty();
        }
        Optional<long[]> v = Counting.nk(q);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        long n = v.get()[0];
        long k = v.get()[1];
        BigInteger numerator = Counting.factorial(n);
        BigInteger denominator = Counting.factorial(n - k);
        String answer = Counting.pythonIntOfQuotient(numerator, denominator).toString();
        StringBuilder product = new StringBuilder();
        for (long i = n; i > n - k; i--) {
            product.append(product.length() > 0 ? " × " : "").append(i);
        }
        return Explanation.start("Arranging " + k + " objects chosen from " + n + " when order matters is a "
                        + "permutation: P(n, k) = n! / (n - k)!.")
                .step("P(" + n + ", " + k + ") = " + n + "! / " + (n - k) + "!"
                        + (k > 0 ? " = " + product : " = 1 (there is exactly one way to pick nothing)") + ".")
                .step("= " + answer + ".")
                .answer(answer, confidence);
    }
}
