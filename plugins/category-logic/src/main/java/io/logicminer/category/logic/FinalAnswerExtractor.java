package io.logicminer.category.logic;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the final answer in a model's output, in this order of trust: the last {@code Final answer:} line (any case,
 * with markdown such as {@code **Final Answer:**}; when the line holds only the marker, the next non-empty line), the
 * last {@code \boxed{...}} (nested braces allowed), the last "the answer is ..." / "Answer: ...", and otherwise the
 * last sentence of the last non-empty line. The result is the raw snippet; {@link AnswerNormalizer} canonicalises it.
 */
public final class FinalAnswerExtractor {

    /**
     * Starts at the word itself: callers use only where a marker ends, and an optional {@code #+} prefix made a run
     * of {@code #} quadratic (each start in the run rescanned it). Whitespace runs are possessive here and in
     * {@link #ANSWER_IS}: two adjacent {@code \s*} tried every split of a long run ("final answer" and 16,000
     * spaces took 4.8 s).
     */
    private static final Pattern FINAL_ANSWER = Pattern.compile(
            "(?i)\\bfinal\\s++answer\\b\\s*+(?:\\*\\*|__)?+\\s*+(?:[:：]|\\bis\\b)\\s*+(?:\\*\\*|__)?+");
    private static final Pattern ANSWER_IS = Pattern.compile(
            "(?i)(?:\\banswer\\s*+(?:\\*\\*|__)?+\\s*+[:：]|\\bthe\\s++(?:correct\\s++)?answer\\s++is\\b)"
                    + "\\s*+(?:\\*\\*|__)?+");
    private static final Pattern BOXED = Pattern.compile("\\\\(?:boxed|fbox)\\s*\\{");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");

    private FinalAnswerExtractor() {
    }

    /** The final answer's raw text, or empty when the output holds nothing answer-like. */
    public static Optional<String> extract(String modelOutput) {
        if (modelOutput == null || modelOutput.isBlank()) {
            return Optional.empty();
        }
        String text = modelOutput.replace("\r\n", "\n");
        Optional<String> marked = afterLastMarker(text, FINAL_ANSWER);
        if (marked.isPresent()) {
            return marked;
        }
        Optional<String> boxed = lastBoxed(text);
        if (boxed.isPresent()) {
            return boxed;
        }
        Optional<String> answerIs = afterLastMarker(text, ANSWER_IS);
        if (answerIs.isPresent()) {
            return answerIs;
        }
        return lastSentence(text);
    }

    /**
     * Whether the output marks its final answer (a {@code Final answer:} line, a {@code \\boxed{}}, "the answer is" /
     * "Answer:"), as opposed to leaving {@link #extract} to fall back on the last sentence.
     */
    public static boolean marksAnAnswer(String modelOutput) {
        if (modelOutput == null || modelOutput.isBlank()) {
            return false;
        }
        return FINAL_ANSWER.matcher(modelOutput).find() || BOXED.matcher(modelOutput).find()
                || ANSWER_IS.matcher(modelOutput).find();
    }

    private static Optional<String> afterLastMarker(String text, Pattern marker) {
        Matcher m = marker.matcher(text);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        if (end < 0) {
            return Optional.empty();
        }
        String rest = text.substring(end);
        for (String line : rest.split("\n")) {
            String candidate = clean(line);
            if (!candidate.isEmpty()) {
                Optional<String> inner = lastBoxed(candidate);
                return inner.isPresent() ? inner : Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The content of the last {@code \boxed{...}}, braces balanced. */
    static Optional<String> lastBoxed(String text) {
        Matcher m = BOXED.matcher(text);
        int start = -1;
        while (m.find()) {
            start = m.end();
        }
        if (start < 0) {
            return Optional.empty();
        }
        int depth = 1;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                i++; // an escaped brace such as \{ does not count
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                String inner = text.substring(start, i).strip();
                return inner.isEmpty() ? Optional.empty() : Optional.of(inner);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> lastSentence(String text) {
        String[] lines = text.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = clean(lines[i]);
            if (!line.isEmpty()) {
                String[] sentences = SENTENCE_END.split(line);
                String last = clean(sentences[sentences.length - 1]);
                return Optional.of(last.isEmpty() ? line : last);
            }
        }
        return Optional.empty();
    }

    private static String clean(String line) {
        String s = line.strip();
        s = s.replaceAll("^(?:[-*>]\\s+|#+\\s*)", "");
        s = s.replace("**", "").replace("__", "").strip();
        if (s.matches("[-=*_`~]+|\\$+|\\\\\\]|\\\\\\[")) {
            return "";
        }
        return s;
    }
}
