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
 * "If n dice are rolled at the same time, the probability of getting a sum of s =": the unreduced fraction
 * {@code \frac{ways}{6^n}} (mathgenerator handles 1 to 3 dice).
 */
public final class DiceSumProbabilitySolver extends RecognisingSolver {

    public DiceSumProbabilitySolver() {
        super("statistics", "dice_sum_probability");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("dice", "die") || !q.has("sum", "total")) {
            return Optional.empty();
        }
        Optional<long[]> v = q.named("\\bdice\\b|\\bdie\\b", "sum|total")
                .flatMap(Extract::wholeNumbers);
        if (v.isEmpty()) {
            v = Extract.wholeNumbers(q.numbers()).filter(x -> x.length == 2);
        }
        if (v.isEmpty()) {
            return Optional.empty();
        }
        int dice = (int) v.get()[0];
        long sum = v.get()[1];
        if (dice < 1 || dice > 3) {
            return Optional.empty();
        }
        long[] ways = new long[6 * dice + 1];
        ways[0] = 1;
        for (int d = 0; d < dice; d++) {
            long[] next = new long[ways.length];
            for (int s = 0; s < ways.length; s++) {
                for (int f = 1; f <= 6 && s + f < ways.length; f++) {
                    next[s + f] += ways[s];
                }
            }
            ways = next;
        }
        long count = sum >= 0 && sum < ways.length ? ways[(int) sum] : 0;
        long total = (long) Math.pow(6, dice);
        String answer = "\\frac{" + count + "}{" + total + "}";
        return Explanation.start("With " + dice + (dice == 1 ? " die" : " dice") + " there are 6^" + dice + " = "
                        + total + " equally likely outcomes.")
                .step("Count the outcomes whose faces add up to " + sum + ": there are " + count + ".")
                .step("Probability = " + count + "/" + total + " (left unreduced).")
                .answer(answer, confidence);
    }
}
