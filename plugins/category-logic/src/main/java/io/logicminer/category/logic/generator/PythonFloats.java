package io.logicminer.category.logic.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Python's float printing and rounding, which mathgenerator's answers are made of: {@code repr(x)},
 * {@code round(x, n)} and {@code "{:.nf}".format(x)}. All three work on the exact binary value of the double, as
 * CPython does; {@link Double#toString} gives the shortest round-trip digits (JDK 19+), as {@code repr} does.
 */
final class PythonFloats {

    private PythonFloats() {
    }

    /** {@code repr(x)}: {@code 2.5}, {@code 40.0}, {@code 1e-05}, {@code 1.5e+16}. */
    static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return 1 / x < 0 ? "-0.0" : "0.0";
        }
        BigDecimal shortest = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        double magnitude = Math.abs(x);
        if (magnitude >= 1e-4 && magnitude < 1e16) {
            String plain = shortest.toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        String digits = shortest.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - shortest.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (x < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
                + String.format("%02d", Math.abs(exponent));
    }

    /** {@code round(x, digits)}: the double nearest to x correctly rounded to {@code digits} places (half-even). */
    static double round(double x, int digits) {
        return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** {@code "{:.Nf}".format(x)}. */
    static String fixed(double x, int digits) {
        return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    }
}
