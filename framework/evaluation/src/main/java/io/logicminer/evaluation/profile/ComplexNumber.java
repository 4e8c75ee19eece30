package io.logicminer.evaluation.profile;

/**
 * A complex value of an {@link ArithmeticExpression}: what sympy yields for the number-only expressions the
 * 2025-05 release compares ({@code 3j} and {@code I} are imaginary, {@code sqrt(-4)} is {@code 2i}).
 *
 * @param re real part
 * @param im imaginary part
 */
public record ComplexNumber(double re, double im) {

    /** A real value. */
    public static ComplexNumber real(double value) {
        return new ComplexNumber(value, 0);
    }

    public ComplexNumber plus(ComplexNumber o) {
        return new ComplexNumber(re + o.re, im + o.im);
    }

    public ComplexNumber minus(ComplexNumber o) {
        return new ComplexNumber(re - o.re, im - o.im);
    }

    public ComplexNumber times(ComplexNumber o) {
        return new ComplexNumber(re * o.re - im * o.im, re * o.im + im * o.re);
    }

    /** The quotient; an {@link ArithmeticException} for a zero divisor (sympy's {@code zoo}). */
    public ComplexNumber dividedBy(ComplexNumber o) {
        double d = o.re * o.re + o.im * o.im;
        if (d == 0) {
            throw new ArithmeticException("division by zero");
        }
        return new ComplexNumber((re * o.re + im * o.im) / d, (im * o.re - re * o.im) / d);
    }

    public ComplexNumber negate() {
        return new ComplexNumber(-re, -im);
    }

    /** The modulus, sympy's {@code Abs}. */
    public double abs() {
        return Math.hypot(re, im);
    }

    /** The principal square root. */
    public ComplexNumber sqrt() {
        if (im == 0) {
            return re >= 0 ? real(Math.sqrt(re)) : new ComplexNumber(0, Math.sqrt(-re));
        }
        double m = abs();
        double a = Math.sqrt((m + re) / 2);
        double b = Math.copySign(Math.sqrt((m - re) / 2), im);
        return new ComplexNumber(a, b);
    }

    public boolean isReal() {
        return im == 0;
    }

    public boolean isFinite() {
        return Double.isFinite(re) && Double.isFinite(im);
    }
}
