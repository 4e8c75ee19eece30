package io.logicminer.python;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * CPython's float behaviour, reproduced exactly: {@code round(x, n)}, {@code repr(x)}, {@code "{:.nf}".format(x)},
 * correctly rounded {@code x ** n} and {@code hash(x)}. mathgenerator computes many answers in binary floating
 * point and prints them with Python's rules, so matching its ground truth byte for byte needs the same rules.
 */
public final class PythonFloat {

    private static final BigInteger HASH_MODULUS = BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE);

    private PythonFloat() {
    }

    /** Python's {@code round(x, digits)}: the exact binary value rounded half-even, then back to a double. */
    public static double round(double x, int digits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        BigDecimal rounded = new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN);
        double back = Double.parseDouble(rounded.toString());
        return back == 0 && (x < 0 || Double.doubleToRawLongBits(x) == Long.MIN_VALUE) ? -0.0 : back;
    }

    /** Python's {@code repr(x)}: the shortest string that reads back as {@code x}, with Python's layout. */
    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return Double.doubleToRawLongBits(x) == Long.MIN_VALUE ? "-0.0" : "0.0";
        }
        // Java's Double.toString is the shortest round-tripping decimal (JDK 19+); only the layout differs.
        BigDecimal shortest = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        int exponent = shortest.precision() - shortest.scale() - 1;
        if (exponent < -4 || exponent >= 16) {
            String digits = shortest.unscaledValue().abs().toString();
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String sign = x < 0 ? "-" : "";
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        String plain = shortest.toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    /** {@code repr} as CPython prints the parts of a complex number: no trailing {@code .0}. */
    public static String reprNoDotZero(double x) {
        String s = repr(x);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** Python's {@code "{:.nf}".format(x)}: the exact binary value rounded half-even to {@code digits} places. */
    public static String fixed(double x, int digits) {
        String s = new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
        boolean negative = x < 0 || Double.doubleToRawLongBits(x) == Long.MIN_VALUE;
        return negative && !s.startsWith("-") ? "-" + s : s;
    }

    /** {@code base ** exponent} for a whole exponent, correctly rounded (as glibc's {@code pow} gives it). */
    public static double pow(double base, int exponent) {
        if (exponent == 0) {
            return 1.0;
        }
        BigDecimal exact = new BigDecimal(base).pow(Math.abs(exponent));
        if (exponent > 0) {
            return Double.parseDouble(exact.toString());
        }
        return Double.parseDouble(BigDecimal.ONE.divide(exact, new java.math.MathContext(40)).toString());
    }

    /** Python's {@code hash(x)} for a finite float (the value modulo 2^61 - 1, with -1 mapped to -2). */
    public static long hash(double x) {
        if (x == 0) {
            return 0;
        }
        BigDecimal exact = new BigDecimal(Math.abs(x));
        // exact = n / 2^k with k >= 0; hash = n * 2^-k mod P, and 2^61 = 1 mod P.
        BigInteger unscaled = exact.unscaledValue();
        int scale = exact.scale();
        BigInteger numerator;
        int twos;
        if (scale <= 0) {
            numerator = unscaled.multiply(BigInteger.TEN.pow(-scale));
            twos = 0;
        } else {
            // unscaled / 10^scale = unscaled / (5^scale * 2^scale); the value is dyadic so 5^scale divides unscaled.
            numerator = unscaled.divide(BigInteger.valueOf(5).pow(scale));
            twos = scale;
        }
        BigInteger inverseTwo = BigInteger.ONE.shiftLeft(60); // 2 * 2^60 = 2^61 = 1 mod P
        BigInteger h = numerator.mod(HASH_MODULUS).multiply(inverseTwo.modPow(BigInteger.valueOf(twos), HASH_MODULUS))
                .mod(HASH_MODULUS);
        long value = h.longValueExact();
        if (x < 0) {
            value = -value;
        }
        return value == -1 ? -2 : value;
    }

    /** {@code repr(round(x, digits))}, the commonest answer shape in mathgenerator. */
    public static String roundRepr(double x, int digits) {
        return repr(round(x, digits));
    }

    /** Python's {@code int / int} (true division): the correctly rounded quotient. */
    public static double trueDivide(BigInteger numerator, BigInteger denominator) {
        BigInteger[] qr = numerator.divideAndRemainder(denominator);
        if (qr[1].signum() == 0) {
            return new BigDecimal(qr[0]).doubleValue();
        }
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), new java.math.MathContext(60))
                .doubleValue();
    }

    /** Python's {@code int(x)} for a float: truncation toward zero. */
    public static BigInteger truncate(double x) {
        return new BigDecimal(x).toBigInteger();
    }

    /** Python 3.12+'s builtin {@code sum()} over floats (Neumaier compensated summation). */
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

    /** Left-to-right float sum, as Python's loops and its builtin {@code sum()} before 3.12 compute it. */
    public static double naiveSum(double[] values) {
        double sum = 0.0;
        for (double x : values) {
            sum += x;
        }
        return sum;
    }
}
