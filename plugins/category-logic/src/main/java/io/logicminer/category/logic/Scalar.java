package io.logicminer.category.logic;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;

/**
 * A real number as it appears in an answer: an exact rational where the text allows one (integers, written decimals,
 * fractions, integer powers), otherwise a double (roots, {@code pi}). A number written with a decimal point also
 * remembers how many decimals it was given to ({@link #decimals()}), so that a rounded answer can be compared with a
 * more precise one.
 */
final class Scalar {

    /** Exponents above this, or results above this many bits, are computed in floating point. */
    private static final int MAX_EXACT_BITS = 200_000;

    static final Scalar ZERO = exact(BigInteger.ZERO, BigInteger.ONE);
    static final Scalar ONE = exact(BigInteger.ONE, BigInteger.ONE);

    private final BigInteger numerator;
    private final BigInteger denominator; // null: inexact
    private final double approximate;
    private final Integer decimals; // null: not a written decimal

    private Scalar(BigInteger numerator, BigInteger denominator, double approximate, Integer decimals) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.approximate = approximate;
        this.decimals = decimals;
    }

    /** An exact rational, reduced, denominator positive. */
    static Scalar exact(BigInteger numerator, BigInteger denominator) {
        return exact(numerator, denominator, null);
    }

    private static Scalar exact(BigInteger numerator, BigInteger denominator, Integer decimals) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        double approx = new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL64)
                .doubleValue();
        return new Scalar(numerator, denominator, approx, decimals);
    }

    static Scalar integer(long value) {
        return exact(BigInteger.valueOf(value), BigInteger.ONE);
    }

    /** A floating-point value that is not known exactly (a root, an expression with pi). */
    static Scalar inexact(double value) {
        return new Scalar(null, null, value, null);
    }

    /**
     * Parses a numeric literal: {@code 42}, {@code -3.50}, {@code .5}, {@code 5.68e-05}. A literal with a decimal
     * point or an exponent records its precision: its scale, but at least {@code minimumDecimals} for a plain
     * decimal (Python prints {@code round(x, 2)} of 2.50 as {@code 2.5}).
     */
    static Scalar parseLiteral(String text, int minimumDecimals) {
        BigDecimal value = new BigDecimal(text);
        boolean integerLiteral = text.chars().allMatch(c -> Character.isDigit(c) || c == '-' || c == '+');
        BigInteger unscaled = value.unscaledValue();
        BigInteger numerator;
        BigInteger denominator;
        if (value.scale() >= 0) {
            numerator = unscaled;
            denominator = BigInteger.TEN.pow(value.scale());
        } else {
            numerator = unscaled.multiply(BigInteger.TEN.pow(-value.scale()));
            denominator = BigInteger.ONE;
        }
        Integer decimals = null;
        if (!integerLiteral) {
            boolean scientific = text.indexOf('e') >= 0 || text.indexOf('E') >= 0;
            decimals = scientific ? value.scale() : Math.max(value.scale(), minimumDecimals);
        }
        return exact(numerator, denominator, decimals);
    }

    boolean isExact() {
        return denominator != null;
    }

    boolean isInteger() {
        return isExact() && denominator.equals(BigInteger.ONE);
    }

    boolean isZero() {
        return isExact() ? numerator.signum() == 0 : approximate == 0.0;
    }

    /** Decimals the number was written to, or null when it was not written as a decimal. */
    Integer decimals() {
        return decimals;
    }

    double doubleValue() {
        return approximate;
    }

    BigInteger numerator() {
        return numerator;
    }

    BigInteger denominator() {
        return denominator;
    }

    Scalar negate() {
        return isExact() ? exact(numerator.negate(), denominator, decimals) : inexact(-approximate);
    }

    Scalar add(Scalar other) {
        Integer d = sumDecimals(other);
        if (isExact() && other.isExact()) {
            return exact(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                    denominator.multiply(other.denominator), d);
        }
        return inexact(approximate + other.approximate);
    }

    Scalar subtract(Scalar other) {
        return add(other.negate());
    }

    private Integer sumDecimals(Scalar other) {
        if (decimals != null && other.decimals != null) {
            return Math.min(decimals, other.decimals);
        }
        if (decimals != null && other.isInteger()) {
            return decimals;
        }
        if (other.decimals != null && isInteger()) {
            return other.decimals;
        }
        return null;
    }

    Scalar multiply(Scalar other) {
        if (isExact() && other.isExact()) {
            Integer d = null;
            Integer shift = other.powerOfTen();
            if (decimals != null && shift != null) {
                d = decimals - shift;
            } else if (other.decimals != null && (shift = powerOfTen()) != null) {
                d = other.decimals - shift;
            }
            return exact(numerator.multiply(other.numerator), denominator.multiply(other.denominator), d);
        }
        return inexact(approximate * other.approximate);
    }

    /** k when this is exactly 10^k (k may be negative), else null. */
    private Integer powerOfTen() {
        if (!isExact() || numerator.signum() == 0) {
            return null;
        }
        if (denominator.equals(BigInteger.ONE)) {
            String digits = numerator.abs().toString();
            return digits.matches("10*") ? digits.length() - 1 : null;
        }
        if (numerator.abs().equals(BigInteger.ONE)) {
            String digits = denominator.toString();
            return digits.matches("10*") ? -(digits.length() - 1) : null;
        }
        return null;
    }

    Scalar divide(Scalar other) {
        if (other.isZero()) {
            throw new ArithmeticException("division by zero");
        }
        if (isExact() && other.isExact()) {
            Integer shift = other.powerOfTen();
            Integer d = decimals != null && shift != null ? decimals + shift : null;
            return exact(numerator.multiply(other.denominator), denominator.multiply(other.numerator), d);
        }
        return inexact(approximate / other.approximate);
    }

    Scalar pow(Scalar exponent) {
        if (isExact() && exponent.isInteger()) {
            BigInteger e = exponent.numerator;
            long bits = Math.max(numerator.bitLength(), denominator.bitLength());
            if (e.abs().compareTo(BigInteger.valueOf(MAX_EXACT_BITS)) <= 0
                    && bits * e.abs().longValue() <= MAX_EXACT_BITS) {
                int n = e.intValue();
                if (n >= 0) {
                    return exact(numerator.pow(n), denominator.pow(n));
                }
                if (numerator.signum() == 0) {
                    throw new ArithmeticException("zero to a negative power");
                }
                return exact(denominator.pow(-n), numerator.pow(-n));
            }
        }
        if (isExact() && exponent.isExact() && exponent.denominator.equals(BigInteger.TWO)) {
            Scalar root = sqrt();
            return root.pow(exact(exponent.numerator, BigInteger.ONE));
        }
        return inexact(Math.pow(approximate, exponent.approximate));
    }

    /** Square root; exact for perfect-square rationals. */
    Scalar sqrt() {
        if (isExact() && numerator.signum() >= 0) {
            BigInteger n = numerator.sqrt();
            BigInteger d = denominator.sqrt();
            if (n.multiply(n).equals(numerator) && d.multiply(d).equals(denominator)) {
                return exact(n, d);
            }
        }
        return inexact(Math.sqrt(approximate));
    }

    /** Exact equality of two exact values; false when either is inexact. */
    boolean exactlyEquals(Scalar other) {
        return isExact() && other.isExact() && numerator.equals(other.numerator)
                && denominator.equals(other.denominator);
    }

    /**
     * Whether |this - other| is at most half a unit in the {@code decimals}-th place, i.e. whether one rounds to the
     * other at that many decimals. Exact when both are exact.
     */
    boolean withinHalfUnit(Scalar other, int decimalPlaces) {
        if (isExact() && other.isExact()) {
            Scalar diff = subtract(other);
            BigInteger lhs = diff.numerator.abs().multiply(BigInteger.TWO);
            BigInteger rhs = diff.denominator;
            if (decimalPlaces >= 0) {
                lhs = lhs.multiply(BigInteger.TEN.pow(Math.min(decimalPlaces, 10_000)));
            } else {
                rhs = rhs.multiply(BigInteger.TEN.pow(Math.min(-decimalPlaces, 10_000)));
            }
            return lhs.compareTo(rhs) <= 0;
        }
        double tolerance = 0.5 * Math.pow(10, -decimalPlaces);
        return Math.abs(approximate - other.approximate) <= tolerance * (1 + 1e-9);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scalar s && Objects.equals(numerator, s.numerator)
                && Objects.equals(denominator, s.denominator) && (isExact() || approximate == s.approximate);
    }

    @Override
    public int hashCode() {
        return isExact() ? Objects.hash(numerator, denominator) : Double.hashCode(approximate);
    }

    @Override
    public String toString() {
        if (!isExact()) {
            return Double.toString(approximate);
        }
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
