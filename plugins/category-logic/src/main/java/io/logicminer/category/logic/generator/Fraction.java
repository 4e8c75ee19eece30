package io.logicminer.category.logic.generator;

/** An exact fraction like Python's {@code fractions.Fraction}: reduced, denominator positive. */
record Fraction(long numerator, long denominator) {

    Fraction {
        if (denominator == 0) {
            throw new ArithmeticException("zero denominator");
        }
        long g = Draw.gcd(numerator, denominator);
        if (g == 0) {
            g = 1;
        }
        if (denominator < 0) {
            g = -g;
        }
        numerator /= g;
        denominator /= g;
    }

    static Fraction of(long n) {
        return new Fraction(n, 1);
    }

    Fraction plus(Fraction o) {
        return new Fraction(numerator * o.denominator + o.numerator * denominator, denominator * o.denominator);
    }

    Fraction minus(Fraction o) {
        return new Fraction(numerator * o.denominator - o.numerator * denominator, denominator * o.denominator);
    }

    Fraction times(Fraction o) {
        return new Fraction(numerator * o.numerator, denominator * o.denominator);
    }

    Fraction dividedBy(Fraction o) {
        return new Fraction(numerator * o.denominator, denominator * o.numerator);
    }

    /** mathgenerator's printing: the integer, or {@code \frac{n}{d}} with the sign on the numerator. */
    String latex() {
        return denominator == 1 ? Long.toString(numerator) : "\\frac{" + numerator + "}{" + denominator + "}";
    }
}
