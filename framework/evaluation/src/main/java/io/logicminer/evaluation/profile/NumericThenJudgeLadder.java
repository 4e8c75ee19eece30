package io.logicminer.evaluation.profile;

import io.logicminer.evaluation.judge.AnswerExtractor;
import io.logicminer.evaluation.judge.ScoreJudge;
import io.logicminer.evaluation.judge.TrickDetector;
import io.logicminer.spi.chat.ChatModel;

import java.util.Optional;

/**
 * The 2025-05 release's correctness ({@code _get_correctness} in rewarder.py at 5e26427): the
 * {@link NumericComparison} first; what it leaves undecided goes down the LLM path, where the penalties apply in
 * the release's order — {@code ;} → 0, a cheat word → −1, a {@code {{ answer }}} template → −1, the
 * {@link TrickDetector} → −1 (its failures are ignored), answers of 20 words or more through the
 * {@link AnswerExtractor} ("not_found" → 0), then the {@link ScoreJudge}; a failing judge call → 0.5.
 *
 * <p>The three rule penalties need no LLM and apply with or without a judge; the rest runs only with a configured
 * judge, and without one the answer stays undecided.
 */
public final class NumericThenJudgeLadder implements CorrectnessLadder {

    @Override
    public Verdict rate(String rawQuestion, String groundTruth, String answer, PenaltyRules penalties,
                        JudgeSetup judge) {
        String stripped = PythonStrings.strip(answer);
        Optional<Verdict> numeric = NumericComparison.compare(groundTruth, stripped);
        if (numeric.isPresent()) {
            return numeric.get();
        }
        Optional<Penalty> rule = penalties.ruleBased(stripped, judge.cheatWords());
        if (rule.isPresent()) {
            return Verdict.penalised(rule.get());
        }
        if (judge.model().isEmpty()) {
            return Verdict.undecided();
        }
        ChatModel model = judge.model().get();
        if (penalties.trickDetector()) {
            try {
                if (new TrickDetector(model).isTrick(stripped)) {
                    return Verdict.penalised(Penalty.TRICK);
                }
            } catch (RuntimeException ignored) {
                // the release logs a failed trick check and grades the answer anyway
            }
        }
        try {
            String graded = stripped;
            if (penalties.extractionWords() > 0 && PythonStrings.wordCount(stripped) >= penalties.extractionWords()) {
                Optional<String> extracted = new AnswerExtractor(model).extract(rawQuestion, stripped);
                if (extracted.isEmpty()) {
                    return Verdict.penalised(Penalty.NO_ANSWER_FOUND);
                }
                graded = extracted.get();
            }
            return Verdict.decided(new ScoreJudge(model).score(rawQuestion, groundTruth, graded), "judge");
        } catch (RuntimeException e) {
            return Verdict.decided(0.5, "judge error");
        }
    }

    @Override
    public String describe() {
        return "exact, numeric with partial credit, symbolic; then penalties and the LLM judge";
    }
}
