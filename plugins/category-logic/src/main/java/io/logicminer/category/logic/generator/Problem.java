package io.logicminer.category.logic.generator;

/**
 * One generated problem in mathgenerator's form, before the validator's wrapper.
 *
 * @param text the problem text with {@code $} removed, as the validator stores {@code raw_problem}
 * @param answer the ground truth with {@code $} removed, as the validator stores it
 */
record Problem(String text, String answer) {

    /** Removes mathgenerator's {@code $} math delimiters and surrounding whitespace. */
    static Problem of(String text, String answer) {
        return new Problem(text.replace("$", "").strip(), answer.replace("$", "").strip());
    }
}
