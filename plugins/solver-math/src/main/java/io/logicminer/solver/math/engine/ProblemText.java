package io.logicminer.solver.math.engine;

import java.util.Locale;
import java.util.Objects;

/**
 * A question in the forms recognisers need.
 *
 * @param original the question exactly as received
 * @param text the question with the validator's wrapper ("Find the solution of this math problem:", the
 *     {@code ---} fences) removed, {@code $} signs removed and whitespace collapsed; case kept
 * @param lower {@code text} in lower case, for keyword matching
 */
public record ProblemText(String original, String text, String lower) {

    /**
     * Longest cleaned question text a solver looks at, in characters. LogicNet's math problems are far shorter (the
     * longest of the 896 in fixtures/logic-dev.jsonl is 930 characters with its wrapper, and a paraphrase rarely
     * doubles that); a longer text is declined before any pattern runs on it, so no input can make a solver's work
     * grow without bound.
     */
    public static final int MAX_CHARS = 8 * 1024;

    public ProblemText {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lower, "lower");
    }

    /** Builds the cleaned forms of a question. */
    public static ProblemText of(String question) {
        String text = question
                .replace("Find the solution of this math problem:", " ")
                .replace("---", " ")
                .replace("$", "")
                .replaceAll("\\s++", " ")
                .strip();
        return new ProblemText(question, text, text.toLowerCase(Locale.ROOT));
    }
}
