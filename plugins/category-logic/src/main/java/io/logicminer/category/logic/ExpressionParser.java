package io.logicminer.category.logic;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for the arithmetic in normalised answers ({@code 9/7x^8 + C}, {@code 2sqrt(14)},
 * {@code 6.43*10^74}, {@code (-3 + sqrt(5))/2}, {@code -sec^2}) into a {@link Polynomial}. Anything it does not
 * understand (prose, unknown multi-letter words, infinity) is rejected with {@link IllegalArgumentException}, so that
 * the caller falls back to comparing text rather than guessing.
 */
final class ExpressionParser {

    private static final Set<String> FUNCTIONS = Set.of("sin", "cos", "tan", "sec", "csc", "cot", "cosec", "ln", "log",
            "exp", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh");
    private static final Set<String> NAMED_VARIABLES = Set.of("alpha", "beta", "gamma", "delta", "theta", "lambda",
            "mu", "sigma", "phi", "omega");
    private static final int MAX_SYMBOLIC_EXPONENT = 64;
    private static final int MAX_NESTING = 100;

    private final List<String> tokens;
    private final int minimumDecimals;
    private int pos;
    private int nesting;

    private ExpressionParser(List<String> tokens, int minimumDecimals) {
        this.tokens = tokens;
        this.minimumDecimals = minimumDecimals;
    }

    /** Parses a whole expression; throws {@link IllegalArgumentException} when it is not one. */
    static Polynomial parse(String text, int minimumDecimals) {
        ExpressionParser parser = new ExpressionParser(tokenize(text), minimumDecimals);
        if (parser.tokens.isEmpty()) {
            throw new IllegalArgumentException("empty expression");
        }
        try {
            Polynomial result = parser.expression();
            if (parser.pos != parser.tokens.size()) {
                throw new IllegalArgumentException("unexpected '" + parser.tokens.get(parser.pos) + "'");
            }
            return result;
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
                int start = i;
                while (i < n && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                if (i < n && text.charAt(i) == '.') {
                    i++;
                    while (i < n && Character.isDigit(text.charAt(i))) {
                        i++;
                    }
                }
                if (i + 1 < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
                    int j = i + 1;
                    if (text.charAt(j) == '+' || text.charAt(j) == '-') {
                        j++;
                    }
                    if (j < n && Character.isDigit(text.charAt(j))) {
                        i = j;
                        while (i < n && Character.isDigit(text.charAt(i))) {
                            i++;
                        }
                    }
                }
                out.add(text.substring(start, i));
            } else if (Character.isLetter(c) && c != 'π') {
                int start = i;
                while (i < n && Character.isLetter(text.charAt(i)) && text.charAt(i) != 'π') {
                    i++;
                }
                splitIdentifier(text.substring(start, i), out);
            } else {
                out.add(String.valueOf(c));
                i++;
            }
        }
        return out;
    }

    /**
     * Letters stay one token ({@code sqrt}, {@code theta}; unknown words are rejected later), except a function
     * name glued to its variable ({@code sinx}).
     */
    private static void splitIdentifier(String word, List<String> out) {
        for (String known : FUNCTIONS) {
            if (word.equals(known + "x")) {
                out.add(known);
                out.add(word.substring(known.length()));
                return;
            }
        }
        out.add(word);
    }

    private String peek() {
        return pos < tokens.size() ? tokens.get(pos) : null;
    }

    private boolean accept(String token) {
        if (token.equals(peek())) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!accept(token)) {
            throw new IllegalArgumentException("expected '" + token + "' at token " + pos);
        }
    }

    private Polynomial expression() {
        Polynomial result = term();
        while (true) {
            if (accept("+")) {
                result = result.add(term());
            } else if (accept("-") || accept("−")) {
                result = result.subtract(term());
            } else {
                return result;
            }
        }
    }

    private Polynomial term() {
        Polynomial result = unary();
        while (true) {
            String next = peek();
            if (next == null) {
                return result;
            }
            if (accept("*") || accept("·") || accept("×")) {
                result = result.multiply(unary());
            } else if (accept("/") || accept("÷")) {
                result = result.divide(unary());
            } else if (startsImplicitFactor(next)) {
                result = result.multiply(power());
            } else {
                return result;
            }
        }
    }

    /** Implicit multiplication: {@code 2x}, {@code 2sqrt(3)}, {@code (a)(b)}; never before a number. */
    private static boolean startsImplicitFactor(String token) {
        char c = token.charAt(0);
        return c == '(' || c == 'π' || c == '√' || Character.isLetter(c);
    }

    private Polynomial unary() {
        if (accept("-") || accept("−")) {
            return unary().negate();
        }
        if (accept("+")) {
            return unary();
        }
        return power();
    }

    private Polynomial power() {
        boolean function = peek() != null && FUNCTIONS.contains(peek());
        Polynomial base = atom();
        if (accept("^")) {
            Polynomial exponent = unary();
            if (!exponent.isConstant()) {
                throw new IllegalArgumentException("symbolic exponent");
            }
            Scalar e = exponent.constantValue();
            if (base.isConstant()) {
                base = Polynomial.constant(base.constantValue().pow(e));
            } else {
                if (!e.isInteger() || e.numerator().signum() < 0
                        || e.numerator().compareTo(BigInteger.valueOf(MAX_SYMBOLIC_EXPONENT)) > 0) {
                    throw new IllegalArgumentException("unsupported exponent " + e + " on a variable");
                }
                base = base.pow(e.numerator().intValue());
            }
            if (function) {
                skipImplicitArgument();
            }
        }
        return base;
    }

    /** Skips {@code (x)} after a function name, so that {@code -sin} and {@code -sin(x)} compare equal. */
    private boolean skipImplicitArgument() {
        if (pos + 2 < tokens.size() && tokens.get(pos).equals("(") && tokens.get(pos + 1).equals("x")
                && tokens.get(pos + 2).equals(")")) {
            pos += 3;
            return true;
        }
        if (pos < tokens.size() && tokens.get(pos).equals("x")) {
            pos++;
            return true;
        }
        return false;
    }

    private Polynomial atom() {
        String token = peek();
        if (token == null) {
            throw new IllegalArgumentException("unexpected end of expression");
        }
        char c = token.charAt(0);
        if (Character.isDigit(c) || c == '.') {
            pos++;
            return Polynomial.constant(Scalar.parseLiteral(token, minimumDecimals));
        }
        if (accept("(")) {
            if (++nesting > MAX_NESTING) {
                throw new IllegalArgumentException("parentheses nested deeper than " + MAX_NESTING);
            }
            Polynomial inner = expression();
            nesting--;
            expect(")");
            return inner;
        }
        if (accept("π")) {
            return Polynomial.constant(Scalar.inexact(Math.PI));
        }
        if (accept("√")) {
            return sqrtOf(power());
        }
        if (Character.isLetter(c)) {
            pos++;
            if (token.equals("sqrt")) {
                return sqrtOf(power());
            }
            if (token.equals("pi")) {
                return Polynomial.constant(Scalar.inexact(Math.PI));
            }
            if (FUNCTIONS.contains(token)) {
                String name = token.equals("cosec") ? "csc" : token;
                if (!skipImplicitArgument() && "(".equals(peek())) {
                    int start = pos;
                    accept("(");
                    Polynomial arg = expression();
                    expect(")");
                    name = name + "(" + arg + ")";
                    if (pos <= start) {
                        throw new IllegalStateException("parser did not advance");
                    }
                }
                return Polynomial.variable(name);
            }
            if (token.length() == 1 || NAMED_VARIABLES.contains(token)) {
                return Polynomial.variable(token);
            }
            throw new IllegalArgumentException("not an expression word: " + token);
        }
        throw new IllegalArgumentException("unexpected '" + token + "'");
    }

    private static Polynomial sqrtOf(Polynomial radicand) {
        if (!radicand.isConstant()) {
            throw new IllegalArgumentException("square root of a variable");
        }
        Scalar value = radicand.constantValue();
        if (!value.isExact() && value.doubleValue() < 0 || value.isExact() && value.numerator().signum() < 0) {
            throw new IllegalArgumentException("square root of a negative number");
        }
        return Polynomial.constant(value.sqrt());
    }
}
