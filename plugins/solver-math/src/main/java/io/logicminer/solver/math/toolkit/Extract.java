package io.logicminer.solver.math.toolkit;

import io.logicminer.solver.math.exact.Matrix;
import io.logicminer.solver.math.exact.Rational;
import io.logicminer.spi.text.InterruptibleCharSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulls numbers, vectors and matrices out of (possibly paraphrased) question text, and runs solvers' own patterns
 * on it ({@link #scan}).
 *
 * <p>Patterns here and in the topic solvers are written so that they cannot backtrack catastrophically on hostile
 * text: a digit run is entered only at its first digit ({@code (?<!\d)}) and taken whole ({@code \d++}), repeated
 * groups are possessive ({@code (?:...)*+}, which Java also runs without recursion, so a long chain cannot
 * overflow the stack), and gaps are bounded ({@code \D{0,30}?}). {@link #scan} reads the text through an
 * {@link InterruptibleCharSequence}, so an interrupted (cancelled) solve stops inside a scan.
 */
public final class Extract {

    /** One or more whitespace characters. */
    static final Pattern SPACES = Pattern.compile("\\s++");
    /** A number as written: optional minus, digits, optional fraction and exponent; never entered mid-number. */
    static final Pattern NUMBER = Pattern.compile("(?<![\\w.])-?\\d++(?:\\.\\d++)?(?:[eE][-+]?\\d++)?");

    // The body stops at the next \begin or \end, so an unclosed \begin costs one pass, not one pass per \begin.
    private static final Pattern BMATRIX = Pattern.compile(
            "\\\\begin\\s*+\\{\\s*+[bp]?matrix\\s*+\\}((?:[^\\\\]|\\\\(?!begin|end))*+)\\\\end\\s*+\\{\\s*+[bp]?matrix\\s*+\\}");
    private static final Pattern ROW_SPLIT = Pattern.compile("\\\\{2,}+|\\n");
    private static final Pattern VECTOR = Pattern.compile("\\[\\s*+(-?\\d++(?:\\s*+,\\s*+-?\\d++)*+)\\s*+\\]");
    private static final Pattern INTEGER = Pattern.compile("(?<![\\w.])-?\\d++(?![\\w.]*\\d)");
    private static final Pattern CELL = Pattern.compile("\\s*+(-?\\d++)(?:\\s*+/\\s*+(-?\\d++))?\\s*+");

    private Extract() {
    }

    /**
     * A matcher of {@code pattern} over {@code text} that stops with
     * {@link io.logicminer.spi.text.TextScanAbortedException} when the thread is interrupted.
     */
    public static Matcher scan(Pattern pattern, CharSequence text) {
        return pattern.matcher(scannable(text));
    }

    /** {@code text} read through a {@link InterruptibleCharSequence} (interrupt only; the engine checks deadlines). */
    public static CharSequence scannable(CharSequence text) {
        return text instanceof InterruptibleCharSequence ? text : InterruptibleCharSequence.of(text);
    }

    /** Every {@code \begin{bmatrix} ... \end{bmatrix}} in order; a malformed one ends the list early. */
    public static List<Matrix> bmatrices(String text) {
        List<Matrix> out = new ArrayList<>();
        Matcher m = scan(BMATRIX, text);
        while (m.find()) {
            List<List<Rational>> rows = new ArrayList<>();
            for (String line : ROW_SPLIT.split(m.group(1))) {
                if (line.isBlank()) {
                    continue;
                }
                List<Rational> row = new ArrayList<>();
                for (String cell : line.split("&")) {
                    Matcher c = CELL.matcher(cell);
                    if (!c.matches()) {
                        return out;
                    }
                    long num = Long.parseLong(c.group(1));
                    row.add(c.group(2) == null ? Rational.of(num) : Rational.of(num, Long.parseLong(c.group(2))));
                }
                rows.add(row);
            }
            try {
                out.add(new Matrix(rows));
            } catch (IllegalArgumentException ragged) {
                return out;
            }
        }
        return out;
    }

    /** Every bracketed integer list such as {@code [2, -3, 4]}. */
    public static List<long[]> vectors(String text) {
        List<long[]> out = new ArrayList<>();
        Matcher m = scan(VECTOR, text);
        while (m.find()) {
            String[] parts = m.group(1).split(",");
            long[] v = new long[parts.length];
            for (int i = 0; i < parts.length; i++) {
                v[i] = Long.parseLong(parts[i].strip());
            }
            out.add(v);
        }
        return out;
    }

    /** Standalone integers (not parts of decimals or words), in order; ones too long for a long are skipped. */
    public static List<Long> integers(String text) {
        List<Long> out = new ArrayList<>();
        Matcher m = scan(INTEGER, text);
        while (m.find()) {
            try {
                out.add(Long.parseLong(m.group()));
            } catch (NumberFormatException tooLong) {
                // not a parameter any generator produces
            }
        }
        return out;
    }

    /** Every number in {@code text} (integers, decimals, exponents), in order, as written. */
    public static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = scan(NUMBER, text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Parses a whole number written in the question, empty when it has a fraction part or is too large. */
    public static Optional<Long> wholeNumber(String number) {
        try {
            return Optional.of(Long.parseLong(number));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** All numbers parsed as whole numbers, empty when any is not whole. */
    public static Optional<long[]> wholeNumbers(List<String> numbers) {
        long[] out = new long[numbers.size()];
        for (int i = 0; i < out.length; i++) {
            Optional<Long> v = wholeNumber(numbers.get(i));
            if (v.isEmpty()) {
                return Optional.empty();
            }
            out[i] = v.get();
        }
        return Optional.of(out);
    }

    /** True when {@code lower} contains any of the stems. */
    public static boolean mentions(String lower, String... stems) {
        for (String stem : stems) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** The text with spaces removed and lower case, for matching formulas whose spacing a paraphrase may change. */
    public static String compact(String text) {
        return SPACES.matcher(scannable(text)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
