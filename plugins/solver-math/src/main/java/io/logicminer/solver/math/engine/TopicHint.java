package io.logicminer.solver.math.engine;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the question says about its own topic: the validator's "Topic: X, Subtopic: Y." line, or a subtopic's name
 * written anywhere in a paraphrase. It only ever raises a recogniser's confidence; recognition itself rests on the
 * numbers and the math, because paraphrases often drop or reword the line.
 *
 * <p>It also gives the question's text with the line cut out, so that digits in a subtopic name ("Multiply int to
 * 22 matrix", "Binary 2s complement") are never read as the problem's numbers. Only a line naming a known
 * subtopic is cut, so a reworded line cannot swallow the problem that follows it.
 */
public final class TopicHint {

    /** Added to a solver's confidence when the validator's topic line names exactly its subtopic. */
    public static final double EXACT_LINE_BOOST = 0.5;
    /** Added when the subtopic's name (e.g. "power rule differentiation") appears elsewhere in the text. */
    public static final double NAME_BOOST = 0.25;

    private static final Pattern LINE_START = Pattern.compile(
            "topic\\s*:\\s*([a-z ]{1,60}?)\\s*,\\s*sub-?topic\\s*:\\s*", Pattern.CASE_INSENSITIVE);

    private final String squashedText;
    private final String lineTopic;
    private final String lineSubtopic;
    private final String textWithoutLine;

    private TopicHint(String squashedText, String lineTopic, String lineSubtopic, String textWithoutLine) {
        this.squashedText = squashedText;
        this.lineTopic = lineTopic;
        this.lineSubtopic = lineSubtopic;
        this.textWithoutLine = textWithoutLine;
    }

    /**
     * Reads the hint from cleaned question text.
     *
     * @param text the question's cleaned text ({@link ProblemText#text()})
     * @param knownSubtopics subtopic names the engine can solve, e.g. {@code basic_algebra}
     */
    public static TopicHint read(String text, Collection<String> knownSubtopics) {
        String squashed = squash(text);
        Matcher m = LINE_START.matcher(text);
        if (!m.find()) {
            return new TopicHint(squashed, null, null, text);
        }
        String rest = text.substring(m.end());
        String restSquashed = squash(rest);
        List<String> names = knownSubtopics.stream().map(TopicHint::squash).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String name : names) {
            if (restSquashed.startsWith(name) && (restSquashed.length() == name.length()
                    || !Character.isLetterOrDigit(restSquashed.charAt(name.length())))) {
                int cut = endOfName(rest, name.length());
                String without = (text.substring(0, m.start()) + " " + rest.substring(cut)).strip();
                return new TopicHint(squashed, squash(m.group(1)), name, without);
            }
        }
        int dot = rest.indexOf('.');
        String subtopic = squash(dot < 0 ? rest : rest.substring(0, dot));
        return new TopicHint(squashed, squash(m.group(1)), subtopic, text);
    }

    /** Index in {@code rest} just past a name that is {@code squashedLength} characters long once squashed. */
    private static int endOfName(String rest, int squashedLength) {
        int seen = 0;
        int i = 0;
        boolean lastWasSpace = true;
        while (i < rest.length() && seen < squashedLength) {
            char c = rest.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '_' || c == '-';
            if (!space || !lastWasSpace) {
                seen++;
            }
            lastWasSpace = space;
            i++;
        }
        while (i < rest.length() && (rest.charAt(i) == '.' || Character.isWhitespace(rest.charAt(i)))) {
            i++;
        }
        return i;
    }

    /** How much the text's own words support this (topic, subtopic): 0, {@link #NAME_BOOST} or more. */
    public double boost(String topic, String subtopic) {
        String wantedSub = squash(subtopic);
        if (lineSubtopic != null && lineSubtopic.equals(wantedSub)) {
            return squash(topic).equals(lineTopic) ? EXACT_LINE_BOOST : EXACT_LINE_BOOST - 0.1;
        }
        if (lineSubtopic == null && wantedSub.length() > 3 && squashedText.contains(wantedSub)) {
            return NAME_BOOST;
        }
        return 0;
    }

    /** The subtopic the validator's line names (squashed), or null when there is no such line. */
    public String lineSubtopic() {
        return lineSubtopic;
    }

    /** The text with a recognised topic line removed (unchanged when there is none). */
    public String textWithoutLine() {
        return textWithoutLine;
    }

    /** Lower case, underscores and runs of separators folded to one space, so "Basic algebra" = basic_algebra. */
    static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("[\\s-]+", " ").strip();
    }
}
