package io.logicminer.category.logic.generator;

import java.math.BigInteger;
import java.util.Map;

import static io.logicminer.category.logic.generator.Draw.randint;

/** mathgenerator's {@code statistics} module (the subtopics covered so far). */
final class StatisticsProblems {

    private StatisticsProblems() {
    }

    static void register(Map<String, ProblemMaker> makers) {
        makers.put("combinations", r -> {
            int a = randint(r, 10, 20);
            int b = randint(r, 0, 9);
            return Problem.of("Find the number of combinations from " + a + " objects picked " + b + " at a time.",
                    factorial(a).divide(factorial(b).multiply(factorial(a - b))).toString());
        });
        makers.put("permutation", r -> {
            int a = randint(r, 10, 20);
            int b = randint(r, 0, 9);
            return Problem.of("Number of Permutations from " + a + " objects picked " + b + " at a time is: ",
                    factorial(a).divide(factorial(a - b)).toString());
        });
        makers.put("dice_sum_probability", r -> {
            int dice = randint(r, 1, 3);
            int sum = randint(r, dice, 6 * dice);
            int count = 0;
            int outcomes = (int) Math.pow(6, dice);
            for (int o = 0; o < outcomes; o++) {
                int total = 0;
                for (int k = 0, v = o; k < dice; k++, v /= 6) {
                    total += v % 6 + 1;
                }
                if (total == sum) {
                    count++;
                }
            }
            // Quirk kept: the fraction is not reduced.
            return Problem.of("If " + dice + " dice are rolled at the same time, the probability of getting a sum of "
                    + sum + " =", "\\frac{" + count + "}{" + outcomes + "}");
        });
    }

    private static BigInteger factorial(int n) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }
}
