package io.logicminer.evaluation.profile;

import java.math.BigInteger;
import java.util.Optional;

/**
 * The number-only subset of what sympy's {@code sympify} evaluates, for the symbolic step of the 2025-05 release's
 * numeric comparison: Python number literals ({@code 12}, {@code 1_000}, {@code 0.5}, {@code .5}, {@code 5.},
 * {@code 1e-3}, {@code 0x1F}, {@code 0o17}, {@code 0b101}, imaginary {@code 3j}), {@code + - * / //}, unary
 * signs, parentheses, {@code pi}, {@code E}, {@code I}, {@code sqrt(..)} and {@code abs(..)}.
 *
 * <p>Everything else is "not a number here" ({@link Optional#empty()}), which the release's path also ends in for
 * almost every such input: a syntax error, a tuple, list or set, a relation, or an expression with symbols whose
 * difference sympy cannot decide. The differences, documented in docs/validator-profiles.md: an expression with
 * symbols that sympy's automatic simplification makes identical (e.g. {@code x + 1} and {@code 1 + x}) scores 1
 * there and is undecided here; a division by zero (sympy's {@code zoo}) is undecided here; {@code **} and {@code ^}
 * never reach this step in the release. More than {@link #MAX_NESTING} nested parentheses, function arguments or
 * unary signs are not a number here either (Python's parser refuses that much nesting).
 */
public final class ArithmeticExpression {

    /**
     * The deepest nesting of parentheses, function arguments and unary signs evaluated. CPython's tokenizer rejects
     * more than 200 nested parentheses ("too many nested parentheses"), so sympify fails there too; the limit also
     * bounds this recursive-descent parser's stack, which an untrusted answer could otherwise overflow.
     */
    static final int MAX_NESTING = 200;

    private final String text;
    private int pos;
    private int depth;

    private ArithmeticExpression(String text) {
        this.text = text;
    }

    /** The value of {@code text}, or empty when it is not a number-only expression this class evaluates. */
    public static Optional<ComplexNumber> evaluate(String text) {
        try {
            ArithmeticExpression parser = new ArithmeticExpression(text);
            parser.skipSpace();
            if (parser.pos == text.length()) {
                return Optional.empty(); // sympify("") fails
            }
            ComplexNumber value = parser.sum();
            parser.skipSpace();
            if (parser.pos != text.length() || !value.isFinite()) {
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (NotANumber | ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static final class NotANumber extends RuntimeException {
        NotANumber() {
            super(null, null, false, false);
        }
    }

    private ComplexNumber sum() {
        ComplexNumber value = product();
        while (true) {
            skipSpace();
            if (eat('+')) {
                value = value.plus(product());
            } else if (eat('-')) {
                value = value.minus(product());
            } else {
                return value;
            }
        }
    }

    private ComplexNumber product() {
        ComplexNumber value = unary();
        while (true) {
            skipSpace();
            if (text.startsWith("**", pos)) {
                throw new NotANumber();
            }
            if (text.startsWith("//", pos)) {
                pos += 2;
                ComplexNumber divisor = unary();
                if (!value.isReal() || !divisor.isReal()) {
                    throw new NotANumber();
                }
                if (divisor.re() == 0) {
                    throw new ArithmeticException("division by zero");
                }
                value = ComplexNumber.real(Math.floor(value.re() / divisor.re()));
            } else if (eat('*')) {
                value = value.times(unary());
            } else if (eat('/')) {
                value = value.dividedBy(unary());
            } else {
                return value;
            }
        }
    }

    private ComplexNumber unary() {
        skipSpace();
        if (eat('-')) {
            enter();
            ComplexNumber value = unary().negate();
            depth--;
            return value;
        }
        if (eat('+')) {
            enter();
            ComplexNumber value = unary();
            depth--;
            return value;
        }
        return primary();
    }

    /** One level deeper; past {@link #MAX_NESTING} the text is not a number here. */
    private void enter() {
        if (++depth > MAX_NESTING) {
            throw new NotANumber();
        }
    }

    private ComplexNumber primary() {
        skipSpace();
        if (pos >= text.length()) {
            throw new NotANumber();
        }
        char c = text.charAt(pos);
        if (c == '(') {
            pos++;
            enter();
            ComplexNumber value = sum();
            skipSpace();
            if (!eat(')')) {
                throw new NotANumber();
            }
            depth--;
            return value;
        }
        if (isDigit(c) || c == '.') {
            return number();
        }
        if (Character.isLetter(c) || c == '_') {
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            String name = text.substring(start, pos);
            switch (name) {
                case "pi":
                    return ComplexNumber.real(Math.PI);
                case "E":
                    return ComplexNumber.real(Math.E);
                case "I":
                    return new ComplexNumber(0, 1);
                case "sqrt":
                    return argument().sqrt();
                case "abs":
                case "Abs":
                    return ComplexNumber.real(argument().abs());
                default:
                    throw new NotANumber(); // a symbol or an unknown function
            }
        }
        throw new NotANumber();
    }

    private ComplexNumber argument() {
        skipSpace();
        if (!eat('(')) {
            throw new NotANumber();
        }
        enter();
        ComplexNumber value = sum();
        skipSpace();
        if (!eat(')')) {
            throw new NotANumber();
        }
        depth--;
        return value;
    }

    /** A Python number literal, as Python's tokenizer reads it. */
    private ComplexNumber number() {
        int start = pos;
        if (text.charAt(pos) == '0' && pos + 1 < text.length() && "xXoObB".indexOf(text.charAt(pos + 1)) >= 0) {
            char kind = Character.toLowerCase(text.charAt(pos + 1));
            int radix = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
            pos += 2;
            String digits = digits(radix, true);
            if (digits.isEmpty()) {
                throw new NotANumber();
            }
            endOfNumber();
            return ComplexNumber.real(radixValue(digits, radix));
        }
        String integer = digits(10, false);
        boolean isFloat = false;
        String fraction = "";
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            isFloat = true;
            fraction = pos < text.length() && isDigit(text.charAt(pos)) ? digits(10, false) : "";
            if (integer.isEmpty() && fraction.isEmpty()) {
                throw new NotANumber();
            }
        }
        String exponent = "";
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int mark = pos;
            pos++;
            String sign = "";
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                sign = String.valueOf(text.charAt(pos));
                pos++;
            }
            if (pos >= text.length() || !isDigit(text.charAt(pos))) {
                pos = mark;
                throw new NotANumber(); // "1e" and "1e+" are syntax errors in Python
            }
            exponent = "e" + sign + digits(10, false);
            isFloat = true;
        }
        boolean imaginary = pos < text.length() && (text.charAt(pos) == 'j' || text.charAt(pos) == 'J');
        if (imaginary) {
            pos++;
        }
        endOfNumber();
        if (!isFloat && !imaginary && integer.length() > 1 && integer.charAt(0) == '0'
                && !integer.chars().allMatch(ch -> ch == '0')) {
            throw new NotANumber(); // "007": leading zeros are a syntax error in Python 3
        }
        double value = Double.parseDouble((integer.isEmpty() ? "0" : integer) + "." + (fraction.isEmpty() ? "0"
                : fraction) + exponent);
        if (start == pos) {
            throw new NotANumber();
        }
        return imaginary ? new ComplexNumber(0, value) : ComplexNumber.real(value);
    }

    /**
     * More significant bits than this and a hex, octal or binary literal is beyond {@link Double#MAX_VALUE}
     * (below 2^1024): infinite, as {@link BigInteger#doubleValue()} would say, without parsing it (which takes time
     * quadratic in the digits: 21 s for a million hex digits).
     */
    static final int MAX_FINITE_BITS = 1100;

    /** The value of digits in radix 16, 8 or 2 as a double; infinite when too large. */
    static double radixValue(String digits, int radix) {
        int first = 0;
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
        }
        String significant = digits.substring(first);
        int bitsPerDigit = Integer.numberOfTrailingZeros(radix);
        if ((long) significant.length() * bitsPerDigit > MAX_FINITE_BITS) {
            return Double.POSITIVE_INFINITY; // at least radix^(length-1) >= 2^1096
        }
        return new BigInteger(significant, radix).doubleValue();
    }

    /** Digits of {@code radix} with single underscores between them (Python 3.6+). */
    private String digits(int radix, boolean leadingUnderscore) {
        StringBuilder out = new StringBuilder();
        boolean lastUnderscore = !leadingUnderscore;
        boolean first = true;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '_' && !lastUnderscore && (leadingUnderscore || !first)) {
                lastUnderscore = true;
                pos++;
                continue;
            }
            if (c < 128 && Character.digit(c, radix) >= 0) {
                out.append(c);
                lastUnderscore = false;
                first = false;
                pos++;
                continue;
            }
            break;
        }
        if (lastUnderscore && out.length() > 0 && text.charAt(pos - 1) == '_') {
            throw new NotANumber(); // a trailing underscore
        }
        return out.toString();
    }

    /** A number directly followed by a letter, digit or dot ("2pi", "1.5.2") is a syntax error in Python. */
    private void endOfNumber() {
        if (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
                throw new NotANumber();
            }
        }
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r') {
                pos++;
            } else {
                return;
            }
        }
    }

    private boolean eat(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
