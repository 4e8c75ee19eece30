package io.logicminer.category.logic;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical text of an answer: LaTeX turned into plain text ({@code \frac{7}{30}} → {@code 7/30}, {@code x^{9}} →
 * {@code x^9}, {@code \cdot}/{@code \times} → {@code *}, matrices → {@code [[a, b], [c, d]]}), {@code $}, {@code \(}
 * {@code \)}, {@code \[} {@code \]}, {@code \text{}}, {@code \boxed{}}, {@code \left}/{@code \right} and markdown
 * emphasis removed, lead-ins such as "The answer is" and "Final answer:" dropped, a trailing period removed,
 * whitespace collapsed, and a lone {@code x = 5} reduced to {@code 5}.
 *
 * <p>Normalising twice gives the same text. Stateless and thread-safe.
 *
 * <p>A text longer than {@link #MAX_CHARS} is only stripped of markdown and LaTeX math delimiters and has its
 * whitespace collapsed: the LaTeX conversion and the lead-in loop cost more than linear time on hostile text (nested
 * square roots, thousands of "Final answer:"), and no real answer comes near that length (the longest of
 * LogicNet's ground truths in fixtures/logic-dev.jsonl is 590 characters).
 */
public final class AnswerNormalizer {

    private static final Pattern LEAD_IN = Pattern.compile(
            "(?i)^\\s*(?:(?:the\\s+)?final\\s+answer(?:\\s+is)?\\s*[:：]?|(?:so\\s+|thus\\s+|therefore\\s+|hence\\s+)?"
                    + "the\\s+(?:correct\\s+)?answer\\s+is\\s*[:：]?|answer\\s*[:：]|result\\s*[:：]|"
                    + "therefore\\s*,|thus\\s*,|hence\\s*,|so\\s*,)\\s*");
    private static final Pattern LATEX_MATH_DELIMITERS = Pattern.compile("\\\\[()\\[\\]]");
    private static final Pattern MARKDOWN = Pattern.compile("\\*\\*|__|`");
    private static final Pattern SINGLE_ASSIGNMENT = Pattern.compile("^([A-Za-z])\\s*(?:=|≈)\\s*([^=≈,;]+)$");
    private static final Pattern NUMERIC = Pattern.compile("(?:[-+*/^().\\s0-9πij%°√±]|sqrt|e[-+]?\\d)+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Longest answer that gets the full normalisation, in characters. */
    public static final int MAX_CHARS = 8 * 1024;

    private AnswerNormalizer() {
    }

    /** The canonical form of {@code answer}; {@code ""} for null or blank input. */
    public static String normalize(String answer) {
        if (answer == null) {
            return "";
        }
        String s = MARKDOWN.matcher(answer).replaceAll("");
        s = LATEX_MATH_DELIMITERS.matcher(s).replaceAll(" ");
        if (s.length() > MAX_CHARS) {
            return SPACES.matcher(s).replaceAll(" ").strip();
        }
        s = LatexToPlain.convert(s);
        String previous;
        do {
            previous = s;
            s = LEAD_IN.matcher(s).replaceFirst("");
            s = stripTrailingPunctuation(s);
        } while (!s.equals(previous));
        s = SPACES.matcher(s).replaceAll(" ").strip();
        Matcher assignment = SINGLE_ASSIGNMENT.matcher(s);
        if (assignment.matches() && isNumeric(assignment.group(2).strip())) {
            s = assignment.group(2).strip();
        }
        return s;
    }

    private static boolean isNumeric(String rightSide) {
        Units.Split split = Units.split(rightSide);
        return NUMERIC.matcher(split == null ? rightSide : split.quantity()).matches();
    }

    private static String stripTrailingPunctuation(String s) {
        String t = s.strip();
        while (!t.isEmpty()) {
            char last = t.charAt(t.length() - 1);
            if (last == '.' && !t.endsWith("...") || last == ',' || last == ';' || last == '!' || last == ':') {
                t = t.substring(0, t.length() - 1).strip();
            } else {
                break;
            }
        }
        return t;
    }
}
