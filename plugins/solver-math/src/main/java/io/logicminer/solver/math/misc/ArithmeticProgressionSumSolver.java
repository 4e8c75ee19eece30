package io.logicminer.solver.math.misc;

import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;

import io.logicminer.python.PythonFloat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Find the sum of first n terms of the AP series: a1, a2, a3 ...": n(a1 + an)/2 as a Python float. */
public final class ArithmeticProgressionSumSolver extends RecognisingSolver {

    public ArithmeticProgressionSumSolver() {
        super("misc", "arithmetic_progression_sum");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("sum", "total", "add up")) {
            return Optional.empty();
        }
        Optional<long[]> p = ArithmeticProgressions.parse(q);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        long a1 = p.get()[0];
        long d = p.get()[1];
        long n = p.get()[2];
        long an = a1 + (n - 1) * d;
        double sum = n * (a1 + an) / 2.0;
        String answer = PythonFloat.repr(sum);
        return Explanation.start("The sum of the first n terms of an arithmetic progression is S_n = n(a1 + a_n)/2.")
                .step("a1 = " + a1 + ", common difference d = " + d + ", n = " + n + ".")
                .step("Last term a_" + n + " = " + a1 + " + (" + n + " - 1) × " + d + " = " + an + ".")
                .step("S_" + n + " = " + n + " × (" + a1 + " + " + an + ") / 2 = " + n + " × " + (a1 + an) + " / 2 = "
                        + answer + ".")
                .answer(answer, confidence);
    }
}
