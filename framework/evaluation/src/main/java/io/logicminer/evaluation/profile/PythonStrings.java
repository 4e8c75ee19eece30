package io.logicminer.evaluation.profile;

import java.util.Locale;
import java.util.regex.Pattern;

/** Python's {@code str.strip()}, {@code str.lower()} and {@code str.split()}, which the release's rules use. */
final class PythonStrings {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private PythonStrings() {
    }

    /** Whitespace as Python's {@code str.isspace()} sees it (no-break spaces included). */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** {@code len(s.split())}: the number of whitespace-separated words. */
    static int wordCount(String s) {
        String stripped = strip(s);
        return stripped.isEmpty() ? 0 : WHITESPACE.split(stripped).length;
    }

    /** Python's {@code max(a, b)}: {@code a} unless {@code b > a} (so a NaN second argument loses). */
    static double max(double a, double b) {
        return b > a ? b : a;
    }

    /** Python's {@code min(a, b)}: {@code a} unless {@code b < a}. */
    static double min(double a, double b) {
        return b < a ? b : a;
    }
}
