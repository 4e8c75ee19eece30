package io.logicminer.solver.ensemble;

import io.logicminer.spi.category.Category;
import io.logicminer.spi.text.InterruptibleCharSequence;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The answer of a sample whose text was cut short (token limit, deadline, broken stream): the category's extraction,
 * but only when the text carries an explicit answer marker — a "final answer", a {@code \boxed{}}, "the answer is",
 * "answer:". Without one the category would fall back to the text's last sentence, which in cut text is a half
 * sentence, and such guesses must not vote even in the fallback among cut samples.
 */
final class CutSampleAnswer {

    private static final Pattern MARKER = Pattern.compile(
            "(?i)final\\s+answer|\\\\boxed\\s*\\{|\\bthe\\s+(?:final\\s+|correct\\s+)?answer\\s+is\\b|\\banswer\\s*[:：]");

    private CutSampleAnswer() {
    }

    /** The answer in the cut {@code text}, if it names one explicitly. */
    static Optional<String> extract(Category category, String text) {
        if (text.isBlank() || !MARKER.matcher(InterruptibleCharSequence.of(text)).find()) {
            return Optional.empty();
        }
        return category.extractAnswer(text);
    }
}
