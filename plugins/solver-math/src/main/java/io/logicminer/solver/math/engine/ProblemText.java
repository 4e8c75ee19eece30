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
                .replaceAll("\\s+", " ")
                .strip();
        return new ProblemText(question, text, text.toLowerCase(Locale.ROOT));
    }
}
