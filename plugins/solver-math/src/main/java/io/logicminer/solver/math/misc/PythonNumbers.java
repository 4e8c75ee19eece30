package io.logicminer.solver.math.misc;

import io.logicminer.python.PythonFloat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

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

    /** Python's {@code repr(x)} / {@code str(x)} for a float ({@link PythonFloat#repr}). */
    public static String repr(double x) {
        return PythonFloat.repr(x);
    }

    /** Python's {@code round(x, ndigits)} for a float ({@link PythonFloat#round}). */
    public static double round(double x, int ndigits) {
        return PythonFloat.round(x, ndigits);
    }

    /** {@code repr(round(x, ndigits))}, the most common answer shape in mathgenerator. */
    public static String roundRepr(double x, int ndigits) {
        return repr(round(x, ndigits));
    }

    /** Python's {@code "{:.nf}".format(x)} ({@link PythonFloat#fixed}). */
    public static String fixed(double x, int decimals) {
        return PythonFloat.fixed(x, decimals);
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
