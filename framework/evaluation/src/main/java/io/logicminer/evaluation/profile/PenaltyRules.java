package io.logicminer.evaluation.profile;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which of the release's penalties a profile applies to answers its numeric step left undecided, in the release's
 * order. The first three are rules and need no LLM; the trick detector and the answer extraction need a judge.
 *
 * @param semicolon an answer of just {@code ;} → 0
 * @param cheatWords a cheat word in the lower-cased answer → −1
 * @param template a {@code {{ answer }}} template → −1
 * @param trickDetector the judge's trick detector saying "yes" → −1
 * @param extractionWords answers of at least this many words go through the judge's answer extraction first
 *     ("not_found" → 0); 0 for none
 */
public record PenaltyRules(boolean semicolon, boolean cheatWords, boolean template, boolean trickDetector,
                           int extractionWords) {

    /** The 2024-08 release: no penalties. */
    public static final PenaltyRules NONE = new PenaltyRules(false, false, false, false, 0);

    /** The 2025-05 release: all of them, extraction from 20 words. */
    public static final PenaltyRules LOGICNET_2025_05 = new PenaltyRules(true, true, true, true, 20);

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*answer\\s*\\}\\}", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * The rule-based penalty of an (already stripped) answer, checked in the release's order: semicolon, cheat
     * words, template.
     *
     * @param cheatWordList lower-case words; the release checks {@code word in answer.lower()}
     */
    public Optional<Penalty> ruleBased(String answer, List<String> cheatWordList) {
        if (semicolon && PythonStrings.strip(answer).equals(";")) {
            return Optional.of(Penalty.SEMICOLON);
        }
        String lower = PythonStrings.lower(answer);
        if (cheatWords) {
            for (String word : cheatWordList) {
                if (lower.contains(word)) {
                    return Optional.of(Penalty.CHEAT_WORD);
                }
            }
        }
        if (template && TEMPLATE.matcher(lower).find()) {
            return Optional.of(Penalty.TEMPLATE);
        }
        return Optional.empty();
    }
}
