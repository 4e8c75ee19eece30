package io.logicminer.category.logic.generator;

import io.logicminer.python.PythonFloat;

import java.math.BigInteger;
import java.util.Map;

import static io.logicminer.category.logic.generator.Draw.randint;

/** mathgenerator's {@code statistics} module. */
final class StatisticsProblems {

    private StatisticsProblems() {
    }

    static void register(Map<String, ProblemMaker> makers) {
        makers.put("mean_median", r -> {
            java.util.List<Integer> pool = new java.util.ArrayList<>();
            for (int i = 1; i < 99; i++) {
                pool.add(i);
            }
            java.util.Collections.shuffle(pool, new java.util.Random(r.nextLong()));
            java.util.List<Integer> numbers = new java.util.ArrayList<>(pool.subList(0, 10));
            int total = numbers.stream().mapToInt(Integer::intValue).sum();
            java.util.Collections.sort(numbers);
            return Problem.of("Given the series of numbers " + Draw.list(numbers)
                            + ". Find the arithmatic mean and median of the series",
                    "Arithmetic mean of the series is " + PythonFloat.repr(total / 10.0)
                            + " and arithmetic median of this series is "
                            + PythonFloat.repr((numbers.get(4) + numbers.get(5)) / 2.0));
        });
        makers.put("conditional_probability", r -> {
            double disease = PythonFloat.round(2.0 * r.nextDouble(), 2);
            double sensitivity = PythonFloat.round(r.nextDouble() + randint(r, 90, 99), 2);
            double specificity = PythonFloat.round(r.nextDouble() + randint(r, 90, 99), 2);
            double notDisease = 100.0 - disease;
            double falsePositive = 100.0 - specificity;
            double positive = disease * sensitivity + notDisease * falsePositive;
            double answer = PythonFloat.round(sensitivity * (100 * disease) / positive, 2);
            return Problem.of("Someone tested positive for a nasty disease which only " + PythonFloat.fixed(disease, 2)
                    + "% of the population have. Test sensitivity (true positive) is equal to SN="
                    + PythonFloat.fixed(sensitivity, 2) + "% whereas test specificity (true negative) SP="
                    + PythonFloat.fixed(specificity, 2) + "%. What is the probability that this guy really has that"
                    + " disease?", PythonFloat.repr(answer) + "%");
        });
        makers.put("data_summary", r -> {
            int[] values = new int[15];
            int total = 0;
            for (int i = 0; i < values.length; i++) {
                values[i] = randint(r, 5, 50);
                total += values[i];
            }
            double mean = PythonFloat.round(total / 15.0, 2);
            double squares = 0;
            for (int value : values) {
                squares += (value - mean) * (value - mean);
            }
            // Quirk kept: the labels are swapped (the "standard deviation" is the variance and the other way round).
            double labelledDeviation = PythonFloat.round(squares / 15, 2);
            double labelledVariance = PythonFloat.round(Math.sqrt(squares / 15), 2);
            return Problem.of("Find the mean,standard deviation and variance for the data " + java.util.Arrays.stream(values)
                            .mapToObj(String::valueOf).collect(java.util.stream.Collectors.joining(", ")),
                    "The Mean is " + PythonFloat.repr(mean) + ", Standard Deviation is "
                            + PythonFloat.repr(labelledDeviation) + ", Variance is " + PythonFloat.repr(labelledVariance));
        });
        makers.put("confidence_interval", r -> {
            int n = randint(r, 20, 40);
            int j = randint(r, 0, 3);
            java.util.List<Integer> pool = new java.util.ArrayList<>();
            for (int i = 200; i < 300; i++) {
                pool.add(i);
            }
            java.util.Collections.shuffle(pool, new java.util.Random(r.nextLong()));
            java.util.List<Integer> sample = pool.subList(0, n);
            int[] percent = {80, 90, 95, 99};
            double[] t = {1.282, 1.645, 1.960, 2.576};
            double mean = 0;
            for (int value : sample) {
                mean = value + mean;
            }
            mean = mean / n;
            double sd = 0;
            for (int value : sample) {
                sd = (value - mean) * (value - mean) + sd;
            }
            sd = sd / n;
            double error = t[j] * Math.sqrt(sd / n);
            // Quirk kept: (upper, lower).
            return Problem.of("The confidence interval for sample " + Draw.list(sample) + " with " + percent[j]
                            + "% confidence is", "(" + PythonFloat.repr(PythonFloat.round(mean + error, 2)) + ", "
                            + PythonFloat.repr(PythonFloat.round(mean - error, 2)) + ")");
        });
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
