package io.logicminer.category.logic;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The units that follow numbers in Logic answers ({@code 294 m^2}, {@code 0.52 radians}, {@code 12.71 m/s},
 * {@code 90°}) and their spellings, so that {@code 294 square meters} and {@code 294 m^2} compare equal while
 * {@code 294 m^3} does not.
 */
final class Units {

    /** A number part with the canonical name of its trailing unit ({@code ""} for "units"). */
    record Split(String quantity, String unit) {
    }

    private static final Map<String, String> SPELLINGS = new LinkedHashMap<>();

    static {
        SPELLINGS.put("m^2", "m\\^2|m²|m2|sq\\.?\\s*m|sq\\.?\\s*met(?:er|re)s?|square\\s+met(?:er|re)s?");
        SPELLINGS.put("m^3", "m\\^3|m³|m3|cu\\.?\\s*m|cubic\\s+met(?:er|re)s?");
        SPELLINGS.put("cm^2", "cm\\^2|cm²|square\\s+centimet(?:er|re)s?");
        SPELLINGS.put("cm^3", "cm\\^3|cm³|cubic\\s+centimet(?:er|re)s?");
        SPELLINGS.put("m/s", "m/s|m\\s*s\\^-1|m\\s*s\\^\\(-1\\)|met(?:er|re)s?\\s+per\\s+second|mps");
        SPELLINGS.put("cm", "cm|centimet(?:er|re)s?");
        SPELLINGS.put("m", "m|met(?:er|re)s?");
        SPELLINGS.put("rad", "rad|rads|radians?");
        SPELLINGS.put("°", "°|deg|degrees?");
        SPELLINGS.put("", "(?:square\\s+|sq\\.?\\s+|cubic\\s+)?units?");
    }

    private static final Pattern TRAILING_UNIT;
    private static final Map<Integer, String> GROUP_TO_UNIT = new LinkedHashMap<>();

    static {
        StringBuilder regex = new StringBuilder("(?i)^(.*?\\S)\\s*(?:");
        int group = 2;
        boolean first = true;
        for (Map.Entry<String, String> e : SPELLINGS.entrySet()) {
            if (!first) {
                regex.append('|');
            }
            first = false;
            regex.append('(').append(e.getValue()).append(')');
            GROUP_TO_UNIT.put(group++, e.getKey());
        }
        regex.append(")$");
        TRAILING_UNIT = Pattern.compile(regex.toString());
    }

    private Units() {
    }

    /**
     * Splits a trailing unit off {@code text} when the part before it ends in a digit or closing bracket
     * ({@code 294 m^2}, {@code 90°}); null when there is no recognised unit.
     */
    static Split split(String text) {
        Matcher m = TRAILING_UNIT.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        String quantity = m.group(1);
        char last = quantity.charAt(quantity.length() - 1);
        if (!Character.isDigit(last) && last != ')' && last != '.') {
            return null;
        }
        for (Map.Entry<Integer, String> e : GROUP_TO_UNIT.entrySet()) {
            if (m.group(e.getKey()) != null) {
                return new Split(quantity.strip(), e.getValue());
            }
        }
        return null;
    }
}
