package io.logicminer.evaluation.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cheat-word list of the 2025-05 profile. The release downloads its list from LogicNet's private task server
 * ({@code GET /cheats}), so no one outside knows it; this default holds phrases that try to steer a judge, the
 * kind the release's trick-detector prompt describes. Configure your own with {@code evaluation.cheat_words}.
 */
public final class CheatWords {

    /** The default list (lower case; matched as substrings of the lower-cased answer, as the release does). */
    public static final List<String> DEFAULT = List.of(
            "ignore previous instructions",
            "ignore all previous",
            "ignore the above",
            "disregard previous",
            "system override",
            "return 1.0",
            "output 1.0",
            "always return",
            "score of 1",
            "full score",
            "perfect score",
            "mark this as correct",
            "rate this as correct",
            "forget everything",
            "forget previous",
            "new scoring rule",
            "ground truth answer:",
            "you are a simple function");

    private CheatWords() {
    }

    /**
     * A configured list, lower-cased (a word with capitals could never match the lower-cased answer).
     *
     * @throws IllegalArgumentException naming {@code key} for a blank word, which would match every answer
     */
    public static List<String> of(List<String> words, String key) {
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w == null || w.isBlank()) {
                throw new IllegalArgumentException(key + "[" + i + "] is blank; a blank cheat word would penalise every"
                        + " answer — remove it");
            }
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return List.copyOf(out);
    }
}
