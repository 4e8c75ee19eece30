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

/**
 * "For the given GP [a, ar, ...]. Find the value of a common ratio, nth term value, sum upto mth term". Answer
 * shape reproduced: {@code The value of a is 11, common ratio is 7 , 10th term is 443889677, sum upto 11th term
 * is 3625099027.0} (space before the comma, "th" for every ordinal, the sum as a Python float).
 */
public final class GeometricProgressionSolver extends RecognisingSolver {

    private static final Pattern ORDINAL = Pattern.compile("(?<![\\w.])(\\d+)\\s*(?:st|nd|rd|th)\\b");

    public GeometricProgressionSolver() {
        super("misc", "geometric_progression");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("gp", "geometric progression", "geometric sequence", "geometric series") || !q.has("ratio")) {
            return Optional.empty();
        }
        List<List<String>> lists = NumberLists.lists(q.body());
        if (lists.size() != 1 || lists.get(0).size() < 2) {
            return Optional.empty();
        }
        Optional<long[]> terms = Extract.wholeNumbers(lists.get(0));
        if (terms.isEmpty() || terms.get()[0] == 0 || terms.get()[1] % terms.get()[0] != 0) {
            return Optional.empty();
        }
        long a = terms.get()[0];
        long r = terms.get()[1] / a;
        for (int i = 1; i < terms.get().length; i++) {
            if (terms.get()[i] != terms.get()[i - 1] * r) {
                return Optional.empty();
            }
        }
        String afterList = q.lower().substring(q.lower().indexOf(']') + 1);
        Matcher m = Extract.scan(ORDINAL, afterList);
        List<Integer> ordinals = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        while (m.find()) {
            ordinals.add(Integer.parseInt(m.group(1)));
            positions.add(m.start());
        }
        if (ordinals.size() != 2 || r == 1) {
            return Optional.empty();
        }
        int sumIndex = sumOrdinal(afterList, positions);
        int nTerm = ordinals.get(1 - sumIndex);
        int sumTerm = ordinals.get(sumIndex);
        BigInteger bigA = BigInteger.valueOf(a);
        BigInteger bigR = BigInteger.valueOf(r);
        BigInteger nth = bigA.multiply(bigR.pow(nTerm - 1));
        BigInteger ratioSum = bigR.pow(sumTerm).subtract(BigInteger.ONE);
        double quotient = PythonFloat.trueDivide(ratioSum, bigR.subtract(BigInteger.ONE));
        double sum = a * quotient;
        String answer = "The value of a is " + a + ", common ratio is " + r + " , " + nTerm + "th term is " + nth
                + ", sum upto " + sumTerm + "th term is " + PythonFloat.repr(sum);
        return Explanation.start("The GP starts with a = " + a + ", and each term is " + r + " times the previous one "
                        + "(" + terms.get()[1] + " / " + a + " = " + r + "), so the common ratio is r = " + r + ".")
                .step("n-th term: a·r^(n-1), so the " + nTerm + "th term is " + a + " × " + r + "^" + (nTerm - 1)
                        + " = " + nth + ".")
                .step("Sum of the first n terms: a(r^n - 1)/(r - 1), so S_" + sumTerm + " = " + a + " × (" + r + "^"
                        + sumTerm + " - 1)/(" + r + " - 1) = " + a + " × " + ratioSum + "/" + (r - 1) + " = "
                        + PythonFloat.repr(sum) + ".")
                .answer(answer, confidence);
    }

    /** Which of the two ordinals is the "sum up to" one: the one preceded by "sum"; by default the second. */
    private static int sumOrdinal(String text, List<Integer> positions) {
        int first = positions.get(0);
        String beforeFirst = text.substring(Math.max(0, first - 25), first);
        String beforeSecond = text.substring(Math.max(first, positions.get(1) - 25), positions.get(1));
        boolean firstIsSum = beforeFirst.contains("sum") || beforeFirst.contains("first");
        boolean secondIsSum = beforeSecond.contains("sum") || beforeSecond.contains("first");
        return firstIsSum && !secondIsSum ? 0 : 1;
    }
}
