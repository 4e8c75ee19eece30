package io.logicminer.solver.math.toolkit;

import io.logicminer.solver.math.engine.ProblemText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question prepared for recognisers: the cleaned {@link ProblemText} as the engine passed it, and a body with
 * the validator's "Topic: X, Subtopic: Y." line taken out (its words would otherwise trigger other subtopics'
 * keywords; it is kept as a hint that may only raise confidence) and number words such as "minus 40" turned into
 * digits. The body is prepared on first use, so solvers that read only {@link #problem()} pay nothing for it.
 *
 * <p>Every pattern this class runs reads the text through an {@link InterruptibleCharSequence}, and its patterns
 * are linear: bounded repetition, no nested unbounded quantifiers.
 */
public final class QuestionText {

    private static final Pattern TOPIC_LINE = Pattern.compile(
            "(?i)\\btopic\\s*+:\\s*+([a-z _-]{1,60}?)\\s*[,;]\\s*+sub-?topic\\s*+:\\s*+([a-z0-9 _-]{1,80}?)\\s*(?:\\.|$|\\n)");
    private static final Pattern MINUS_WORD = Pattern.compile("(?i)\\b(?:minus|negative)\\s++(?=\\d)");

    private final ProblemText problem;
    private String body;
    private String lower;
    private String hint;

    private QuestionText(ProblemText problem) {
        this.problem = problem;
    }

    /** Prepares a problem. */
    public static QuestionText of(ProblemText problem) {
        return new QuestionText(problem);
    }

    /** True when the problem's cleaned text is short enough to be a math problem ({@link ProblemText#MAX_CHARS}). */
    public static boolean withinLimit(ProblemText problem) {
        return problem.text().length() <= ProblemText.MAX_CHARS;
    }

    /** The question as the engine passed it: original, cleaned text and its lower case. */
    public ProblemText problem() {
        return problem;
    }

    private void prepare() {
        if (body != null) {
            return;
        }
        String text = problem.text();
        String topicHint = "";
        Matcher m = TOPIC_LINE.matcher(Extract.scannable(text));
        if (m.find()) {
            topicHint = normalise(m.group(2));
            text = text.substring(0, m.start()) + " " + text.substring(m.end());
        }
        text = Extract.SPACES.matcher(Extract.scannable(MINUS_WORD.matcher(Extract.scannable(text)).replaceAll("-")))
                .replaceAll(" ").strip();
        body = text;
        lower = text.toLowerCase(Locale.ROOT);
        hint = topicHint;
    }

    private static String normalise(String s) {
        return Extract.SPACES.matcher(s.toLowerCase(Locale.ROOT).replace('_', ' ')).replaceAll(" ").strip();
    }

    /** The question without the topic line, case kept. */
    public String body() {
        prepare();
        return body;
    }

    /** The body in lower case. */
    public String lower() {
        prepare();
        return lower;
    }

    /** True when the body contains any of the fragments (lower case). */
    public boolean has(String... fragments) {
        prepare();
        for (String f : fragments) {
            if (lower.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** True when the body matches the regular expression (applied to the lower-case body). */
    public boolean matches(String regex) {
        return Extract.scan(Pattern.compile(regex), lower()).find();
    }

    /**
     * Confidence for an answer of {@code subtopic}: high when the topic line names it, lower when the line
     * names another subtopic, in between when there is no line.
     */
    public double confidence(String subtopic) {
        prepare();
        if (hint.isEmpty()) {
            return 0.85;
        }
        return hint.equals(normalise(subtopic)) ? 0.95 : 0.7;
    }

    /** Every number in the body, in order, as written. */
    public List<String> numbers() {
        return Extract.numbers(body());
    }

    /** The first number within a short distance after the keyword regex (lower-case body). */
    public Optional<String> numberAfter(String keywordRegex) {
        Matcher m = Extract.scan(Pattern.compile("(?:" + keywordRegex + ")[^\\d\\n-]{0,25}?(-?\\d++(?:\\.\\d++)?)"), lower());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The first number within a short distance before the keyword regex (lower-case body). */
    public Optional<String> numberBefore(String keywordRegex) {
        Matcher m = Extract.scan(Pattern.compile("(?<![\\w.])(-?\\d++(?:\\.\\d++)?)\\s*(?:" + keywordRegex + ")"), lower());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The values named by the keywords, e.g. {@code named("height", "radius")} for "height = 36m and radius =
     * 4m" or "a radius of 4 and a height of 36": each keyword takes the number right after it (within a few
     * words) or else right before it. Empty unless the body holds exactly that many numbers and each keyword
     * claims a different one, so chatter with extra numbers or an unclear phrasing gives silence.
     */
    public Optional<List<String>> named(String... keywordRegexes) {
        List<int[]> spans = new ArrayList<>();
        List<String> values = new ArrayList<>();
        prepare();
        Matcher nm = Extract.scan(Extract.NUMBER, lower);
        while (values.size() <= keywordRegexes.length && nm.find()) {
            spans.add(new int[] {nm.start(), nm.end()});
            values.add(nm.group());
        }
        if (values.size() != keywordRegexes.length) {
            return Optional.empty();
        }
        List<List<Integer>> candidates = new ArrayList<>();
        for (String keywordRegex : keywordRegexes) {
            List<Integer> options = new ArrayList<>();
            Matcher km = Extract.scan(Pattern.compile(keywordRegex), lower);
            while (km.find()) {
                int after = claimAfter(km, spans);
                if (after >= 0 && !options.contains(after)) {
                    options.add(after);
                }
                int before = claimBefore(km, spans);
                if (before >= 0 && !options.contains(before)) {
                    options.add(before);
                }
            }
            if (options.isEmpty()) {
                return Optional.empty();
            }
            candidates.add(options);
        }
        int[] chosen = new int[keywordRegexes.length];
        if (!assign(candidates, 0, chosen)) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (int c : chosen) {
            out.add(values.get(c));
        }
        return Optional.of(out);
    }

    /** First assignment (in preference order) that gives every keyword a different number. */
    private static boolean assign(List<List<Integer>> candidates, int k, int[] chosen) {
        if (k == candidates.size()) {
            return true;
        }
        for (int option : candidates.get(k)) {
            boolean taken = false;
            for (int j = 0; j < k; j++) {
                taken |= chosen[j] == option;
            }
            if (!taken) {
                chosen[k] = option;
                if (assign(candidates, k + 1, chosen)) {
                    return true;
                }
            }
        }
        return false;
    }

    private int claimAfter(Matcher km, List<int[]> spans) {
        int gapStart = km.end();
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i)[0] >= gapStart) {
                boolean near = spans.get(i)[0] - gapStart <= 25
                        && !lower.substring(gapStart, spans.get(i)[0]).matches(".*\\b(and|but)\\b.*");
                return near ? i : -1;
            }
        }
        return -1;
    }

    private int claimBefore(Matcher km, List<int[]> spans) {
        int gapEnd = km.start();
        for (int i = spans.size() - 1; i >= 0; i--) {
            if (spans.get(i)[1] <= gapEnd) {
                boolean near = gapEnd - spans.get(i)[1] <= 12 && lower.substring(spans.get(i)[1], gapEnd)
                        .matches("\\s*(m|cm|units?|meters?|metres?)?\\s*(in\\s+|of\\s+|for\\s+)?(the\\s+)?");
                return near ? i : -1;
            }
        }
        return -1;
    }
}
