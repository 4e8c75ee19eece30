package io.logicminer.category.logic;

import java.util.List;

/**
 * The meaning of a normalised answer, as {@link AnswerParser} reads it; {@link AnswerEquivalence} compares these.
 * Each shape of mathgenerator ground truth maps onto one of these records.
 */
sealed interface AnswerValue {

    /** Yes/No, True/False. */
    record Truth(boolean value) implements AnswerValue {
    }

    /**
     * A real number, possibly a percentage or with a unit.
     *
     * @param unit canonical unit ({@code m^2}, {@code rad}, {@code °}) or {@code ""} for none
     */
    record Quantity(Scalar value, String unit, boolean percent) implements AnswerValue {
    }

    /** A complex number {@code re + im·i}. */
    record Complex(Scalar real, Scalar imaginary) implements AnswerValue {
    }

    /** An expression with variables, e.g. {@code 50x^9 + 49x^6}. */
    record Expression(Polynomial polynomial) implements AnswerValue {
    }

    /** An equation with variables, kept as {@code lhs - rhs} scaled to a leading coefficient of one. */
    record Equation(Polynomial difference) implements AnswerValue {
    }

    /** {@code x = value}. */
    record Assignment(String variable, AnswerValue value) implements AnswerValue {
    }

    /**
     * Several items: {@code 3, 5, 13}, {@code [1, 739]}, {@code (2/7, 45/7)} (ordered) or {@code {-16.81, -1.19}}
     * (unordered).
     */
    record Items(List<AnswerValue> items, boolean unordered) implements AnswerValue {
    }

    /** A matrix, rows of cells. */
    record Matrix(List<List<AnswerValue>> rows) implements AnswerValue {
    }

    /**
     * Several ways the same answer is written, any of which counts: {@code 24^4 = 331776}, or
     * {@code Arc length of the angle = 89.71} (the sentence, or the value alone).
     */
    record Alternatives(List<AnswerValue> options) implements AnswerValue {
    }

    /**
     * Prose: lower-cased words and the values embedded in it ({@code The Mean is 28.53, ...}).
     *
     * @param canonical the normalised text in lower case with spaces collapsed, for a last-resort textual comparison
     * @param words     the words, in order, without punctuation
     * @param values    the numbers, sets and lists in the text, in order
     * @param negated   whether the prose contains a negation ("not", "no", "isn't"), which forbids matching it by
     *                  its values alone
     */
    record Text(String canonical, List<String> words, List<AnswerValue> values, boolean negated)
            implements AnswerValue {
    }
}
