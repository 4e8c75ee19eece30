package io.logicminer.solver.math.misc;

import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Find term number n of the AP series: a1, a2, a3 ...": a1 + (n - 1)d. */
public final class ArithmeticProgressionTermSolver extends RecognisingSolver {

    public ArithmeticProgressionTermSolver() {
        super("misc", "arithmetic_progression_term");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("term") || q.has("sum", "total", "add up")) {
            return Optional.empty();
        }
        Optional<long[]> p = ArithmeticProgressions.parse(q);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        long a1 = p.get()[0];
        long d = p.get()[1];
        long n = p.get()[2];
        long term = a1 + (n - 1) * d;
        return Explanation.start("In an arithmetic progression the n-th term is a_n = a1 + (n - 1)d.")
                .step("First term a1 = " + a1 + "; common difference d = " + (a1 + d) + " - (" + a1 + ") = " + d + ".")
                .step("a_" + n + " = " + a1 + " + (" + n + " - 1) × " + d + " = " + a1 + " + " + ((n - 1) * d) + " = "
                        + term + ".")
                .answer(Long.toString(term), confidence);
    }
}
