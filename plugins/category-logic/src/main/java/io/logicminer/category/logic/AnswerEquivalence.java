package io.logicminer.category.logic;

import io.logicminer.category.logic.AnswerValue.Alternatives;
import io.logicminer.category.logic.AnswerValue.Assignment;
import io.logicminer.category.logic.AnswerValue.Complex;
import io.logicminer.category.logic.AnswerValue.Equation;
import io.logicminer.category.logic.AnswerValue.Expression;
import io.logicminer.category.logic.AnswerValue.Items;
import io.logicminer.category.logic.AnswerValue.Matrix;
import io.logicminer.category.logic.AnswerValue.Quantity;
import io.logicminer.category.logic.AnswerValue.Text;
import io.logicminer.category.logic.AnswerValue.Truth;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides whether two answers mean the same, strictly enough that a wrong answer is never called right; a correct
 * answer in an unusual shape may be missed (a false "different" is the safe mistake).
 *
 * <p>Rules, after {@link AnswerNormalizer#normalize normalisation} of both sides:
 * <ul>
 *   <li>Numbers: equal as exact rationals ({@code 21} = {@code 42/2} = {@code 21.0}); or, when one is written as a
 *       decimal with d places (at least {@link #minimumDecimals()}, because Python prints 2.50 as {@code 2.5}), the
 *       other is within half a unit of the d-th place ({@code 3.99} = {@code 3.9899}, {@code 1/7} = {@code 0.14},
 *       {@code 2.0} ≠ {@code 2.04}); or, when either is irrational ({@code sqrt}, {@code pi}), within
 *       {@link #relativeTolerance()}. Two different integers or fractions are never equal.</li>
 *   <li>Percentages: {@code 5.64%} equals {@code 5.64%}, {@code 5.64} and {@code 0.0564}.</li>
 *   <li>Units: {@code 294 m^2} = {@code 294} = {@code 294 square meters} ≠ {@code 294 m^3}.</li>
 *   <li>Complex numbers ({@code (-28-186j)} = {@code -28 - 186i}); expressions as polynomials
 *       ({@code 50x^{9} + 49x^{6}} = {@code 49x^6+50x^9}); equations up to a non-zero factor
 *       ({@code 19y = 11x + 271} = {@code y = 11/19x + 271/19}).</li>
 *   <li>Lists in order ({@code [1, 739]} = {@code 1, 739}); sets without order ({@code {-16.81, -1.19}}); a one-item
 *       list equals its item; matrices cell by cell ({@code \begin{bmatrix}} or {@code [[1,2],[3,4]]});
 *       assignment lists by variable ({@code x = -12, y = -10}).</li>
 *   <li>Yes/No/True/False; prose compared word by word (ignoring filler words) with its numbers compared as
 *       numbers; a sentence ending in a value ({@code Arc length of the angle = 89.71}) also equals the value.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class AnswerEquivalence {

    /** Default relative tolerance for irrational values: far above double rounding noise, far below any rounding. */
    public static final double DEFAULT_RELATIVE_TOLERANCE = 1e-9;
    /** Default least number of decimals a written decimal is taken to have. */
    public static final int DEFAULT_MINIMUM_DECIMALS = 2;

    /**
     * Longest normalised answer that is parsed (numbers, lists, expressions, prose), in characters; longer answers
     * are equal only as text. The parser's label and word patterns cost more than linear time on hostile text, and
     * no real answer comes near this (the longest of LogicNet's ground truths in fixtures/logic-dev.jsonl is 590
     * characters).
     */
    public static final int MAX_PARSED_CHARS = 1024;

    private static final AnswerEquivalence STANDARD =
            new AnswerEquivalence(DEFAULT_RELATIVE_TOLERANCE, DEFAULT_MINIMUM_DECIMALS);

    private final double relativeTolerance;
    private final int minimumDecimals;
    private final AnswerParser parser;

    /**
     * @param relativeTolerance tolerance for values that are not exact (roots, pi); in [0, 0.01)
     * @param minimumDecimals   least precision a decimal literal is taken to have; in [0, 12]
     */
    public AnswerEquivalence(double relativeTolerance, int minimumDecimals) {
        if (!(relativeTolerance >= 0 && relativeTolerance < 0.01)) {
            throw new IllegalArgumentException("relativeTolerance must be in [0, 0.01), got " + relativeTolerance);
        }
        if (minimumDecimals < 0 || minimumDecimals > 12) {
            throw new IllegalArgumentException("minimumDecimals must be in [0, 12], got " + minimumDecimals);
        }
        this.relativeTolerance = relativeTolerance;
        this.minimumDecimals = minimumDecimals;
        this.parser = new AnswerParser(minimumDecimals);
    }

    /** The equivalence with the default settings, usable without a host. */
    public static AnswerEquivalence standard() {
        return STANDARD;
    }

    /** Shorthand for {@code standard().equivalent(answer, expected)}. */
    public static boolean same(String answer, String expected) {
        return STANDARD.equivalent(answer, expected);
    }

    public double relativeTolerance() {
        return relativeTolerance;
    }

    public int minimumDecimals() {
        return minimumDecimals;
    }

    /** Whether the two raw answers mean the same; symmetric; null or blank answers equal nothing. */
    public boolean equivalent(String answer, String expected) {
        String a = AnswerNormalizer.normalize(answer);
        String b = AnswerNormalizer.normalize(expected);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equalsIgnoreCase(b) || a.replace(" ", "").equalsIgnoreCase(b.replace(" ", ""))) {
            return true;
        }
        if (a.length() > MAX_PARSED_CHARS || b.length() > MAX_PARSED_CHARS) {
            return false;
        }
        Boolean radix = RadixNumber.sameDigits(a, b);
        if (radix != null) {
            return radix;
        }
        try {
            return same(parser.parse(a), parser.parse(b));
        } catch (RuntimeException unexpected) {
            // the parser is total by design; should a corner of it fail, "not shown equal" is the safe answer
            return false;
        }
    }

    private boolean same(AnswerValue x, AnswerValue y) {
        if (x instanceof Alternatives ax && y instanceof Alternatives ay) {
            // two chains: each commits to all its readable values, so every one must be matched by the other
            return covered(ax, ay) && covered(ay, ax)
                    && ax.options().stream().anyMatch(o -> ay.options().stream().anyMatch(p -> same(o, p)));
        }
        if (x instanceof Alternatives alt) {
            return alt.options().stream().anyMatch(o -> same(o, y));
        }
        if (y instanceof Alternatives alt) {
            return alt.options().stream().anyMatch(o -> same(x, o));
        }
        if (x instanceof Assignment ax && y instanceof Assignment ay) {
            return ax.variable().equals(ay.variable()) && same(ax.value(), ay.value());
        }
        if (x instanceof Assignment ax && !(y instanceof Items)) {
            return same(ax.value(), y);
        }
        if (y instanceof Assignment ay && !(x instanceof Items)) {
            return same(x, ay.value());
        }
        if (x instanceof Items ix && !(y instanceof Items) && !(y instanceof Text) && ix.items().size() == 1) {
            return same(ix.items().get(0), y);
        }
        if (y instanceof Items iy && !(x instanceof Items) && !(x instanceof Text) && iy.items().size() == 1) {
            return same(x, iy.items().get(0));
        }
        return switch (x) {
            case Truth tx -> y instanceof Truth ty && tx.value() == ty.value();
            case Quantity qx -> switch (y) {
                case Quantity qy -> sameQuantity(qx, qy);
                case Complex cy -> cy.imaginary().isZero() && qx.unit().isEmpty() && !qx.percent()
                        && sameNumber(qx.value(), cy.real());
                default -> false;
            };
            case Complex cx -> switch (y) {
                case Complex cy -> sameNumber(cx.real(), cy.real()) && sameNumber(cx.imaginary(), cy.imaginary());
                case Quantity ignored -> same(y, x);
                default -> false;
            };
            case Expression ex -> y instanceof Expression ey && samePolynomial(ex.polynomial(), ey.polynomial());
            case Equation ex -> y instanceof Equation ey && samePolynomial(ex.difference(), ey.difference());
            case Items ix -> switch (y) {
                case Items iy -> sameItems(ix, iy);
                case Text ty -> sameValues(ty, ix.items());
                default -> false;
            };
            case Matrix mx -> y instanceof Matrix my && sameMatrix(mx, my);
            case Text tx -> switch (y) {
                case Text ty -> sameText(tx, ty);
                case Items iy -> sameValues(tx, iy.items());
                default -> false;
            };
            default -> false;
        };
    }

    private boolean covered(Alternatives from, Alternatives by) {
        return from.options().stream().filter(o -> !(o instanceof Text))
                .allMatch(o -> by.options().stream().anyMatch(p -> same(o, p)));
    }

    private boolean sameQuantity(Quantity x, Quantity y) {
        if (!x.unit().isEmpty() && !y.unit().isEmpty() && !x.unit().equals(y.unit())) {
            return false;
        }
        if (x.percent() == y.percent()) {
            return sameNumber(x.value(), y.value());
        }
        Quantity percent = x.percent() ? x : y;
        Quantity plain = x.percent() ? y : x;
        return sameNumber(percent.value(), plain.value())
                || sameNumber(percent.value().divide(Scalar.integer(100)), plain.value());
    }

    /** The number rule described on the class. */
    boolean sameNumber(Scalar x, Scalar y) {
        if (x.exactlyEquals(y)) {
            return true;
        }
        Integer dx = x.decimals();
        Integer dy = y.decimals();
        if (dx != null || dy != null) {
            int places = dx == null ? dy : dy == null ? dx : Math.min(dx, dy);
            if (x.withinHalfUnit(y, places)) {
                return true;
            }
        }
        if (x.isExact() && y.isExact()) {
            return false;
        }
        double a = x.doubleValue();
        double b = y.doubleValue();
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        return Math.abs(a - b) <= relativeTolerance * Math.max(Math.abs(a), Math.abs(b));
    }

    private boolean samePolynomial(Polynomial x, Polynomial y) {
        if (!x.monomialKeys().equals(y.monomialKeys())) {
            return false;
        }
        for (String key : x.monomialKeys()) {
            if (!sameNumber(x.coefficient(key), y.coefficient(key))) {
                return false;
            }
        }
        return true;
    }

    private boolean sameItems(Items x, Items y) {
        List<AnswerValue> a = x.items();
        List<AnswerValue> b = y.items();
        if (a.size() != b.size()) {
            return false;
        }
        Map<String, AnswerValue> byVariableX = assignments(a);
        Map<String, AnswerValue> byVariableY = assignments(b);
        if (byVariableX != null && byVariableY != null) {
            if (!byVariableX.keySet().equals(byVariableY.keySet())) {
                return false;
            }
            return byVariableX.entrySet().stream().allMatch(e -> same(e.getValue(), byVariableY.get(e.getKey())));
        }
        if (x.unordered() || y.unordered()) {
            boolean[] used = new boolean[b.size()];
            outer:
            for (AnswerValue item : a) {
                for (int j = 0; j < b.size(); j++) {
                    if (!used[j] && same(item, b.get(j))) {
                        used[j] = true;
                        continue outer;
                    }
                }
                return false;
            }
            return true;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Variable → value when every item is an assignment to a distinct variable, else null. */
    private static Map<String, AnswerValue> assignments(List<AnswerValue> items) {
        Map<String, AnswerValue> map = new HashMap<>();
        for (AnswerValue item : items) {
            if (!(item instanceof Assignment a) || map.put(a.variable(), a.value()) != null) {
                return null;
            }
        }
        return map;
    }

    private boolean sameMatrix(Matrix x, Matrix y) {
        if (x.rows().size() != y.rows().size()) {
            return false;
        }
        for (int r = 0; r < x.rows().size(); r++) {
            List<AnswerValue> rx = x.rows().get(r);
            List<AnswerValue> ry = y.rows().get(r);
            if (rx.size() != ry.size()) {
                return false;
            }
            for (int c = 0; c < rx.size(); c++) {
                if (!same(rx.get(c), ry.get(c))) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean sameText(Text x, Text y) {
        if (x.canonical().equals(y.canonical())) {
            return true;
        }
        if (x.words().isEmpty() && x.values().isEmpty() || y.words().isEmpty() && y.values().isEmpty()) {
            return false; // only symbols, and they differ
        }
        if (x.negated() != y.negated() || !x.words().equals(y.words())) {
            return false;
        }
        return sameList(x.values(), y.values());
    }

    /** Prose against a bare list: the prose's values in order, when there are at least two and no negation. */
    private boolean sameValues(Text text, List<AnswerValue> items) {
        return !text.negated() && text.values().size() >= 2 && sameList(text.values(), items);
    }

    private boolean sameList(List<AnswerValue> a, List<AnswerValue> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
