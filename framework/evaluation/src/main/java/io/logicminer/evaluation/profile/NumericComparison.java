package io.logicminer.evaluation.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 2025-05 release's programmatic correctness ({@code _compare_numerical_answers} in rewarder.py at 5e26427):
 * equal after strip and lower-case → 1; else, with {@code $ $$ \[ \] % m^2 m^3} removed from both, the unsigned
 * numbers ({@code \d+\.\d+|\d+}) of each: none in the ground truth → undecided; one in each → partial credit
 * {@code max(0, 1 − |gt − x| / (|gt| + 1e-8))}; otherwise, when neither holds {@code **} or {@code ^}, both whole
 * strings as expressions ({@link ArithmeticExpression}, the release uses sympy) with the same relative error;
 * anything else → undecided. The sign is invisible to the numeric step: "-5" against "5" scores 1.
 */
public final class NumericComparison {

    /** What the release removes before taking numbers, in its order. */
    static final List<String> FORMATTING = List.of("$", "$$", "\\[", "\\]", "%", "m^2", "m^3");

    private static final Pattern NUMBER = Pattern.compile("\\d+\\.\\d+|\\d+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final double EPSILON = 1e-8;

    private NumericComparison() {
    }

    /** The rating, or empty when the release would hand the answer to its LLM path. */
    public static Optional<Verdict> compare(String groundTruth, String answer) {
        if (PythonStrings.lower(PythonStrings.strip(groundTruth)).equals(PythonStrings.lower(PythonStrings.strip(answer)))) {
            return Optional.of(Verdict.decided(1.0, "exact"));
        }
        String gt = groundTruth;
        String miner = answer;
        for (String f : FORMATTING) {
            gt = gt.replace(f, "");
            miner = miner.replace(f, "");
        }
        List<Double> gtValues = numbers(gt);
        List<Double> minerValues = numbers(miner);
        if (gtValues.isEmpty()) {
            return Optional.empty();
        }
        if (gtValues.size() == 1 && minerValues.size() == 1) {
            double g = gtValues.get(0);
            double x = minerValues.get(0);
            return Optional.of(Verdict.decided(score(Math.abs(g - x), Math.abs(g)), "numeric"));
        }
        if (gt.contains("**") || miner.contains("**") || gt.contains("^") || miner.contains("^")) {
            return Optional.empty();
        }
        Optional<ComplexNumber> g = ArithmeticExpression.evaluate(PythonStrings.strip(gt));
        Optional<ComplexNumber> x = ArithmeticExpression.evaluate(PythonStrings.strip(miner));
        if (g.isEmpty() || x.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Verdict.decided(score(g.get().minus(x.get()).abs(), g.get().abs()), "symbolic"));
    }

    /** {@code min(max(0.0, 1.0 − difference / (|gt| + 1e-8)), 1.0)} with Python's max and min. */
    static double score(double absDifference, double absGroundTruth) {
        double relativeError = absDifference / (absGroundTruth + EPSILON);
        return PythonStrings.min(PythonStrings.max(0.0, 1.0 - relativeError), 1.0);
    }

    /** The release's {@code extract_numbers}: every match as a float (any Unicode decimal digit counts). */
    static List<Double> numbers(String text) {
        List<Double> values = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            StringBuilder ascii = new StringBuilder(m.end() - m.start());
            m.group().codePoints().forEach(c -> ascii.append(c == '.' ? '.' : (char) ('0' + Character.digit(c, 10))));
            values.add(Double.parseDouble(ascii.toString()));
        }
        return values;
    }
}
