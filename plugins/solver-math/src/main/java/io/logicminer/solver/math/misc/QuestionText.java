package io.logicminer.solver.math.misc;

import io.logicminer.solver.math.engine.ProblemText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question prepared for keyword recognisers: the validator's "Topic: X, Subtopic: Y." line is taken out
 * of the body (its words would otherwise trigger other subtopics' keywords) and kept as a hint that may only
 * raise confidence. Number words such as "minus 40" are turned into digits.
 *
 * <p>Shared by the geometry, misc and statistics topic groups.
 */
public final class QuestionText {

    private static final Pattern TOPIC_LINE = Pattern.compile(
            "(?i)\\btopic\\s*:\\s*([a-z _-]+?)\\s*[,;]\\s*sub-?topic\\s*:\\s*([a-z0-9 _-]+?)\\s*(?:\\.|$|\\n)");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");
    private static final Pattern MINUS_WORD = Pattern.compile("(?i)\\b(?:minus|negative)\\s+(?=\\d)");

    private final String body;
    private final String lower;
    private final String hint;

    private QuestionText(String body, String hint) {
        this.body = body;
        this.lower = body.toLowerCase(Locale.ROOT);
        this.hint = hint;
    }

    /** Prepares a problem. */
    public static QuestionText of(ProblemText problem) {
        String text = problem.text();
        String hint = "";
        Matcher m = TOPIC_LINE.matcher(text);
        if (m.find()) {
            hint = normalise(m.group(2));
            text = text.substring(0, m.start()) + " " + text.substring(m.end());
        }
        text = MINUS_WORD.matcher(text).replaceAll("-").replaceAll("\\s+", " ").strip();
        return new QuestionText(text, hint);
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ").strip();
    }

    /** The question without the topic line, case kept. */
    public String body() {
        return body;
    }

    /** The body in lower case. */
    public String lower() {
        return lower;
    }

    /** True when the body contains any of the fragments (lower case). */
    public boolean has(String... fragments) {
        for (String f : fragments) {
            if (lower.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** True when the body matches the regular expression (applied to the lower-case body). */
    public boolean matches(String regex) {
        return Pattern.compile(regex).matcher(lower).find();
    }

    /**
     * Confidence for an answer of {@code subtopic}: high when the topic line names it, lower when the line
     * names another subtopic, in between when there is no line.
     */
    public double confidence(String subtopic) {
        if (hint.isEmpty()) {
            return 0.85;
        }
        return hint.equals(normalise(subtopic)) ? 0.95 : 0.7;
    }

    /** Every number in the body, in order, as written. */
    public List<String> numbers() {
        return numbers(body);
    }

    /** Every number in {@code text}, in order, as written. */
    public static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The first number within a short distance after the keyword regex (lower-case body). */
    public Optional<String> numberAfter(String keywordRegex) {
        Matcher m = Pattern.compile("(?:" + keywordRegex + ")[^\\d\\n-]{0,25}?(-?\\d+(?:\\.\\d+)?)").matcher(lower);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The first number within a short distance before the keyword regex (lower-case body). */
    public Optional<String> numberBefore(String keywordRegex) {
        Matcher m = Pattern.compile("(?<![\\w.])(-?\\d+(?:\\.\\d+)?)\\s*(?:" + keywordRegex + ")").matcher(lower);
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
        Matcher nm = NUMBER.matcher(lower);
        while (nm.find()) {
            spans.add(new int[] {nm.start(), nm.end()});
            values.add(nm.group());
        }
        if (values.size() != keywordRegexes.length) {
            return Optional.empty();
        }
        List<List<Integer>> candidates = new ArrayList<>();
        for (String keywordRegex : keywordRegexes) {
            List<Integer> options = new ArrayList<>();
            Matcher km = Pattern.compile(keywordRegex).matcher(lower);
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

    /** Parses a whole number written in the question, empty when it has a fraction part or is too large. */
    public static Optional<Long> integer(String number) {
        try {
            return Optional.of(Long.parseLong(number));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** All numbers parsed as whole numbers, empty when any is not whole. */
    public static Optional<long[]> integers(List<String> numbers) {
        long[] out = new long[numbers.size()];
        for (int i = 0; i < out.length; i++) {
            Optional<Long> v = integer(numbers.get(i));
            if (v.isEmpty()) {
                return Optional.empty();
            }
            out[i] = v.get();
        }
        return Optional.of(out);
    }
}
