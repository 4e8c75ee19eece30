package io.logicminer.category.logic;

import java.util.Map;
import java.util.TreeMap;

/**
 * A polynomial in named variables with {@link Scalar} coefficients: how answers such as {@code 50x^9 + 49x^6},
 * {@code 9/7x^8 + C} or {@code -sec^2} are compared regardless of term order and spacing. A monomial is keyed by its
 * canonical text ({@code x^2*y}); zero coefficients are dropped.
 */
final class Polynomial {

    private final TreeMap<String, Scalar> terms;
    private final TreeMap<String, TreeMap<String, Integer>> monomials;

    private Polynomial(TreeMap<String, Scalar> terms, TreeMap<String, TreeMap<String, Integer>> monomials) {
        this.terms = terms;
        this.monomials = monomials;
    }

    static Polynomial constant(Scalar value) {
        Polynomial p = new Polynomial(new TreeMap<>(), new TreeMap<>());
        // kept even when zero: "0.0" carries its precision
        p.terms.put("", value);
        p.monomials.put("", new TreeMap<>());
        return p;
    }

    static Polynomial variable(String name) {
        Polynomial p = new Polynomial(new TreeMap<>(), new TreeMap<>());
        TreeMap<String, Integer> m = new TreeMap<>();
        m.put(name, 1);
        p.addTerm(m, Scalar.ONE);
        return p;
    }

    private static String key(Map<String, Integer> monomial) {
        StringBuilder sb = new StringBuilder();
        monomial.forEach((v, e) -> {
            if (!sb.isEmpty()) {
                sb.append('*');
            }
            sb.append(v);
            if (e != 1) {
                sb.append('^').append(e);
            }
        });
        return sb.toString();
    }

    private void addTerm(TreeMap<String, Integer> monomial, Scalar coefficient) {
        String key = key(monomial);
        Scalar sum = terms.containsKey(key) ? terms.get(key).add(coefficient) : coefficient;
        if (sum.isExact() && sum.isZero() && (sum.decimals() == null || !monomial.isEmpty())) {
            terms.remove(key);
            monomials.remove(key);
        } else {
            terms.put(key, sum);
            monomials.put(key, monomial);
        }
    }

    private Polynomial copy() {
        return new Polynomial(new TreeMap<>(terms), new TreeMap<>(monomials));
    }

    Polynomial add(Polynomial other) {
        Polynomial result = copy();
        other.terms.forEach((k, c) -> result.addTerm(other.monomials.get(k), c));
        return result;
    }

    Polynomial negate() {
        Polynomial result = new Polynomial(new TreeMap<>(), new TreeMap<>(monomials));
        terms.forEach((k, c) -> result.terms.put(k, c.negate()));
        return result;
    }

    Polynomial subtract(Polynomial other) {
        return add(other.negate());
    }

    Polynomial multiply(Polynomial other) {
        Polynomial result = new Polynomial(new TreeMap<>(), new TreeMap<>());
        terms.forEach((k1, c1) -> other.terms.forEach((k2, c2) -> {
            TreeMap<String, Integer> m = new TreeMap<>(monomials.get(k1));
            other.monomials.get(k2).forEach((v, e) -> m.merge(v, e, Integer::sum));
            result.addTerm(m, c1.multiply(c2));
        }));
        return result;
    }

    /** Division by a constant polynomial; throws for a non-constant divisor. */
    Polynomial divide(Polynomial other) {
        if (!other.isConstant()) {
            throw new ArithmeticException("division by a non-constant polynomial");
        }
        return multiply(constant(Scalar.ONE.divide(other.constantValue())));
    }

    Polynomial pow(int exponent) {
        Polynomial result = constant(Scalar.ONE);
        for (int i = 0; i < exponent; i++) {
            result = result.multiply(this);
        }
        return result;
    }

    boolean isConstant() {
        return terms.isEmpty() || (terms.size() == 1 && terms.containsKey(""));
    }

    /** The constant term (zero when absent). */
    Scalar constantValue() {
        return terms.getOrDefault("", Scalar.ZERO);
    }

    /** Variables used, e.g. {@code [x]}. */
    java.util.Set<String> variables() {
        java.util.Set<String> vars = new java.util.TreeSet<>();
        monomials.values().forEach(m -> vars.addAll(m.keySet()));
        return vars;
    }

    /** Highest exponent of {@code variable}. */
    int degreeIn(String variable) {
        return monomials.values().stream().mapToInt(m -> m.getOrDefault(variable, 0)).max().orElse(0);
    }

    /** Coefficient of the monomial with the given canonical key. */
    Scalar coefficient(String monomialKey) {
        return terms.getOrDefault(monomialKey, Scalar.ZERO);
    }

    /** Monomial keys in canonical order. */
    java.util.Set<String> monomialKeys() {
        return terms.keySet();
    }

    /** This divided by its first non-zero coefficient in canonical order, so that equations compare up to scale. */
    Polynomial monic() {
        if (terms.isEmpty()) {
            return this;
        }
        Scalar lead = terms.firstEntry().getValue();
        return multiply(constant(Scalar.ONE.divide(lead)));
    }

    @Override
    public String toString() {
        return terms.toString();
    }
}
