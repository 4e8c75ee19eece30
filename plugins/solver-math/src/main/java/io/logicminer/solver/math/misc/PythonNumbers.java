package io.logicminer.solver.math.misc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Reproduces how CPython prints and rounds numbers, so answers match mathgenerator's ground truth byte for
 * byte: {@code repr(float)} (shortest round-trip digits, scientific below 1e-4 and from 1e16),
 * {@code round(x, n)} (half-even on the exact binary value) and {@code "{:.nf}".format(x)}.
 *
 * <p>Shared by the geometry, misc and statistics topic groups.
 */
public final class PythonNumbers {

    private PythonNumbers() {
    }

    /** Python's {@code repr(x)} / {@code str(x)} for a float. */
    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return (1 / x < 0) ? "-0.0" : "0.0";
        }
        // Since JDK 19 Double.toString yields the shortest digits that round-trip, as Python's repr does.
        BigDecimal shortest = new BigDecimal(Double.toString(Math.abs(x))).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        // value = 0.digits * 10^decpt
        int decpt = digits.length() - shortest.scale();
        String sign = x < 0 ? "-" : "";
        if (decpt > -4 && decpt <= 16) {
            String fixed;
            if (decpt <= 0) {
                fixed = "0." + "0".repeat(-decpt) + digits;
            } else if (decpt >= digits.length()) {
                fixed = digits + "0".repeat(decpt - digits.length()) + ".0";
            } else {
                fixed = digits.substring(0, decpt) + "." + digits.substring(decpt);
            }
            return sign + fixed;
        }
        int exponent = decpt - 1;
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String exp = String.format("%02d", Math.abs(exponent));
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
    }

    /** Python's {@code round(x, ndigits)} for a float. */
    public static double round(double x, int ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return x;
        }
        double r = new BigDecimal(x).setScale(ndigits, RoundingMode.HALF_EVEN).doubleValue();
        return r == 0 ? Math.copySign(0.0, x) : r;
    }

    /** {@code repr(round(x, ndigits))}, the most common answer shape in mathgenerator. */
    public static String roundRepr(double x, int ndigits) {
        return repr(round(x, ndigits));
    }

    /** Python's {@code "{:.nf}".format(x)}: the exact binary value rounded half-even. */
    public static String fixed(double x, int decimals) {
        return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Python's {@code int / int} (true division): the correctly rounded quotient. */
    public static double trueDivide(BigInteger numerator, BigInteger denominator) {
        BigInteger[] qr = numerator.divideAndRemainder(denominator);
        if (qr[1].signum() == 0) {
            return new BigDecimal(qr[0]).doubleValue();
        }
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), new MathContext(60)).doubleValue();
    }

    /** Python's {@code int(x)} for a float: truncation toward zero. */
    public static BigInteger truncate(double x) {
        return new BigDecimal(x).toBigInteger();
    }

    /** Plain text for a double in explanations (shortest form, no exponent for ordinary magnitudes). */
    public static String plain(double x) {
        return repr(x);
    }

    /**
     * Python's builtin {@code sum()} over floats the way CPython 3.12+ does it (Neumaier compensated
     * summation), for comparing with the naive left-to-right sum of older versions.
     */
    public static double compensatedSum(double[] values) {
        double sum = 0.0;
        double c = 0.0;
        for (double x : values) {
            double t = sum + x;
            if (Math.abs(sum) >= Math.abs(x)) {
                c += (sum - t) + x;
            } else {
                c += (x - t) + sum;
            }
            sum = t;
        }
        if (c != 0 && Double.isFinite(c)) {
            sum += c;
        }
        return sum;
    }

    /** Left-to-right sum, as Python's loops and builtin {@code sum()} before 3.12 compute it. */
    public static double naiveSum(double[] values) {
        double sum = 0.0;
        for (double x : values) {
            sum += x;
        }
        return sum;
    }
}
