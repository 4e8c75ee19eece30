package io.logicminer.category.logic;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hexadecimal, octal and binary answers as Python prints them ({@code 0x21e}, {@code 0o4752}, {@code 0b101}) and as
 * models write them ({@code 21E}, {@code 21e_{16}}, {@code (4752)_8}). Two such answers are the same when their digits
 * are, in the same base; a bare digit string counts as the other side's base (a model that drops the {@code 0x}
 * prefix still gave the hexadecimal digits), but never as a decimal conversion of them.
 */
final class RadixNumber {

    private static final Pattern PREFIXED = Pattern.compile("(?i)0([xob])([0-9a-f]+)");
    private static final Pattern SUBSCRIPTED = Pattern.compile("(?i)\\(?([0-9a-f]+)\\)?_\\(?(16|8|2)\\)?");
    private static final Pattern BARE = Pattern.compile("(?i)[0-9a-f]+");

    private record Digits(int base, String digits) {
    }

    private RadixNumber() {
    }

    /**
     * Whether two normalised answers are the same radix number; null when neither is written as one (then other
     * rules decide).
     */
    static Boolean sameDigits(String a, String b) {
        Digits x = parse(a);
        Digits y = parse(b);
        if (x == null && y == null) {
            return null;
        }
        if (x != null && y != null) {
            return x.base() == y.base() && x.digits().equals(y.digits());
        }
        Digits known = x != null ? x : y;
        String other = (x != null ? b : a).strip();
        if (!BARE.matcher(other).matches()) {
            return false;
        }
        return known.digits().equals(canonical(other));
    }

    private static Digits parse(String s) {
        String t = s.strip();
        Matcher m = PREFIXED.matcher(t);
        if (m.matches()) {
            int base = switch (Character.toLowerCase(m.group(1).charAt(0))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            return valid(base, m.group(2));
        }
        m = SUBSCRIPTED.matcher(t);
        if (m.matches()) {
            return valid(Integer.parseInt(m.group(2)), m.group(1));
        }
        return null;
    }

    private static Digits valid(int base, String digits) {
        for (char c : digits.toCharArray()) {
            if (Character.digit(c, base) < 0) {
                return null;
            }
        }
        return new Digits(base, canonical(digits));
    }

    private static String canonical(String digits) {
        String d = digits.toLowerCase(Locale.ROOT).replaceFirst("^0+(?=.)", "");
        return d;
    }
}
