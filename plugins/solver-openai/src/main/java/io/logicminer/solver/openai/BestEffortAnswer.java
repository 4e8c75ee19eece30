package io.logicminer.solver.openai;

import io.logicminer.spi.category.Category;
import io.logicminer.spi.text.InterruptibleCharSequence;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The best answer to be had from text that was cut short (a streamed reasoning stopped at the deadline).
 *
 * <p>In order of trust: the category's extraction when the text holds an answer marker (a "final answer" line, a
 * {@code \boxed{}}, "the answer is"), else the last number the text mentions — a guess, but LogicNet's answers are
 * mostly numbers and the current validator gives partial credit to near numbers — else nothing. The category's own
 * last-sentence heuristic is not used on cut text: it would return a half sentence.
 *
 * @param answer where it came from is in {@code source}
 * @param source a few words for the solution's error, e.g. "the last 'final answer' in the cut text"
 */
record BestEffortAnswer(String answer, String source) {

    private static final Pattern MARKER = Pattern.compile(
            "(?i)final\\s+answer|\\\\boxed\\s*\\{|\\bthe\\s+(?:correct\\s+)?answer\\s+is\\b|\\banswer\\s*[:：]");
    // Possessive quantifiers: a long digit run cannot make this backtrack.
    private static final Pattern NUMBER = Pattern.compile("-?\\d++(?:[.,]\\d++)*+(?:/\\d++)?+");

    /** The best answer in {@code text}, if any. */
    static Optional<BestEffortAnswer> from(Category category, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (MARKER.matcher(InterruptibleCharSequence.of(text)).find()) {
            Optional<String> extracted = category.extractAnswer(text);
            if (extracted.isPresent()) {
                return Optional.of(new BestEffortAnswer(extracted.get(), "the last final answer in the text"));
            }
        }
        Matcher number = NUMBER.matcher(InterruptibleCharSequence.of(text));
        String last = null;
        while (number.find()) {
            last = number.group();
        }
        return last == null ? Optional.empty()
                : Optional.of(new BestEffortAnswer(last, "the last number in the text (a guess)"));
    }
}
