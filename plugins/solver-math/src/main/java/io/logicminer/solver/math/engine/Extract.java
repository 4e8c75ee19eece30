package io.logicminer.solver.math.engine;

import io.logicminer.solver.math.exact.Matrix;
import io.logicminer.solver.math.exact.Rational;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pulls numbers, vectors and matrices out of (possibly paraphrased) question text. */
public final class Extract {

    private static final Pattern BMATRIX = Pattern.compile(
            "\\\\begin\\s*\\{\\s*[bp]?matrix\\s*\\}(.*?)\\\\end\\s*\\{\\s*[bp]?matrix\\s*\\}", Pattern.DOTALL);
    private static final Pattern ROW_SPLIT = Pattern.compile("\\\\{2,}|\\n");
    private static final Pattern VECTOR = Pattern.compile("\\[\\s*(-?\\d+(?:\\s*,\\s*-?\\d+)*)\\s*\\]");
    private static final Pattern INTEGER = Pattern.compile("(?<![\\w.])-?\\d+(?![\\w.]*\\d)");
    private static final Pattern CELL = Pattern.compile("\\s*(-?\\d+)(?:\\s*/\\s*(-?\\d+))?\\s*");

    private Extract() {
    }

    /** Every {@code \begin{bmatrix} ... \end{bmatrix}} in order; a malformed one ends the list early. */
    public static List<Matrix> bmatrices(String text) {
        List<Matrix> out = new ArrayList<>();
        Matcher m = BMATRIX.matcher(text);
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
        Matcher m = VECTOR.matcher(text);
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

    /** Standalone integers (not parts of decimals or words), in order. */
    public static List<Long> integers(String text) {
        List<Long> out = new ArrayList<>();
        Matcher m = INTEGER.matcher(text);
        while (m.find()) {
            try {
                out.add(Long.parseLong(m.group()));
            } catch (NumberFormatException tooLong) {
                // not a parameter any generator produces
            }
        }
        return out;
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
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

}
