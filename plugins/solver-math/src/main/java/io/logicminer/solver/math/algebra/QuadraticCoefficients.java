package io.logicminer.solver.math.algebra;

import io.logicminer.solver.math.toolkit.Extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The coefficients of {@code ax^2 + bx + c = 0} as written in a question, with how it was written: mathgenerator's
 * two quadratic generators differ in spacing ({@code x^2 + 8x + 8} against {@code 22x^2+137x+25}) and in whether a
 * coefficient of 1 is printed.
 */
record QuadraticCoefficients(long a, long b, long c, boolean spaced, boolean hidesOnes, boolean printsOnes) {

    private static final Pattern SPACED = Pattern.compile("(?<!\\d)(\\d*+)x\\^2 \\+ (\\d*+)x \\+ (\\d++) = 0");
    private static final Pattern EQUATION = Pattern.compile("(?<![\\d.])(\\d*)x\\^\\{?2\\}?\\+(\\d*)x\\+(\\d+)=0");

    static Optional<QuadraticCoefficients> find(String text) {
        Matcher m = Extract.scan(EQUATION, Extract.compact(text));
        if (!m.find()) {
            return Optional.empty();
        }
        String ga = m.group(1);
        String gb = m.group(2);
        long a = ga.isEmpty() ? 1 : Long.parseLong(ga);
        long b = gb.isEmpty() ? 1 : Long.parseLong(gb);
        long c = Long.parseLong(m.group(3));
        boolean spaced = Extract.scan(SPACED, text).find();
        boolean hidesOnes = ga.isEmpty() || gb.isEmpty();
        boolean printsOnes = "1".equals(ga) || "1".equals(gb);
        return Optional.of(new QuadraticCoefficients(a, b, c, spaced, hidesOnes, printsOnes));
    }

    long discriminant() {
        return b * b - 4 * a * c;
    }

    String equation() {
        return a + "x^2 + " + b + "x + " + c + " = 0";
    }
}
