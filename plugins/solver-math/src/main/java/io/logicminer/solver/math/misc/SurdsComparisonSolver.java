package io.logicminer.solver.math.misc;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;

import io.logicminer.python.PythonFloat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Fill in the blanks a^{\frac{1}{p}} _ b^{\frac{1}{q}}": {@code >}, {@code <} or {@code =}. Decided exactly
 * (a^q against b^p); silent when mathgenerator's floating-point comparison could differ from the exact one.
 */
public final class SurdsComparisonSolver extends RecognisingSolver {

    private static final Pattern SURD = Pattern.compile(
            "(?<!\\d)(\\d++)\\s*\\^\\s*\\{?\\s*\\(?\\s*(?:\\\\frac\\s*\\{\\s*1\\s*\\}\\s*\\{\\s*(\\d+)\\s*\\}|1\\s*/\\s*(\\d+))");

    public SurdsComparisonSolver() {
        super("misc", "surds_comparison");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        Matcher m = Extract.scan(SURD, q.body());
        long[][] surds = new long[2][];
        int found = 0;
        while (m.find()) {
            if (found == 2) {
                return Optional.empty();
            }
            String degree = m.group(2) != null ? m.group(2) : m.group(3);
            surds[found++] = new long[] {Long.parseLong(m.group(1)), Long.parseLong(degree)};
        }
        if (found != 2 || surds[0][1] < 1 || surds[1][1] < 1 || surds[0][1] > 60 || surds[1][1] > 60) {
            return Optional.empty();
        }
        long a = surds[0][0];
        long p = surds[0][1];
        long b = surds[1][0];
        long r = surds[1][1];
        BigInteger left = BigInteger.valueOf(a).pow((int) r);
        BigInteger right = BigInteger.valueOf(b).pow((int) p);
        int exact = left.compareTo(right);
        double first = Math.pow(a, 1.0 / p);
        double second = Math.pow(b, 1.0 / r);
        int floating = Double.compare(first, second);
        if (exact == 0 || Integer.signum(exact) != Integer.signum(floating)) {
            return Optional.empty();
        }
        String answer = exact > 0 ? ">" : "<";
        return Explanation.start("Compare " + a + "^(1/" + p + ") with " + b + "^(1/" + r + "). Raising both "
                        + "positive numbers to the power " + (p * r) + " keeps the order and removes the roots.")
                .step("(" + a + "^(1/" + p + "))^" + (p * r) + " = " + a + "^" + r + " = " + left + ".")
                .step("(" + b + "^(1/" + r + "))^" + (p * r) + " = " + b + "^" + p + " = " + right + ".")
                .step(left + (exact > 0 ? " > " : " < ") + right + ", so " + a + "^(1/" + p + ") ≈ "
                        + PythonFloat.repr(first) + " is " + (exact > 0 ? "greater" : "smaller") + " than " + b
                        + "^(1/" + r + ") ≈ " + PythonFloat.repr(second) + ".")
                .answer(answer, confidence);
    }
}
