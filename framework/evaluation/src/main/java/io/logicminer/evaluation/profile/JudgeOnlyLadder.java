package io.logicminer.evaluation.profile;

import io.logicminer.evaluation.judge.LlmJudge;

/**
 * The 2024-08 release's correctness: every answer goes to the LLM judge ({@link LlmJudge}: "correct" 1,
 * "incorrect" 0, else 0.3). Without a judge every answer is undecided.
 *
 * <p>A failing judge call (endpoint down, a bad reply) is undecided too, with the method {@code judge error}: the
 * release has no fallback (the exception ends its whole reward step, so nothing is scored), and there is no rating
 * of that release to copy. Unlike the 2025-05 ladder, which rates a failing judge 0.5 as its release does, the
 * reward then uses the category's equivalence test as the stand-in, as for any undecided answer.
 */
public final class JudgeOnlyLadder implements CorrectnessLadder {

    @Override
    public Verdict rate(String rawQuestion, String groundTruth, String answer, PenaltyRules penalties,
                        JudgeSetup judge) {
        if (judge.model().isEmpty()) {
            return Verdict.undecided();
        }
        double rating;
        try {
            rating = new LlmJudge(judge.model().get()).rate(rawQuestion, groundTruth, answer);
        } catch (RuntimeException e) {
            return Verdict.judgeFailed();
        }
        return Verdict.decided(rating, "judge");
    }

    @Override
    public String describe() {
        return "LLM judge (correct 1 / incorrect 0 / unclear 0.3)";
    }
}
