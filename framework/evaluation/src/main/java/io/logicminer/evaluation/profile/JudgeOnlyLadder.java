package io.logicminer.evaluation.profile;

import io.logicminer.evaluation.judge.LlmJudge;

/**
 * The 2024-08 release's correctness: every answer goes to the LLM judge ({@link LlmJudge}: "correct" 1,
 * "incorrect" 0, else 0.3). Without a judge every answer is undecided.
 */
public final class JudgeOnlyLadder implements CorrectnessLadder {

    @Override
    public Verdict rate(String rawQuestion, String groundTruth, String answer, PenaltyRules penalties,
                        JudgeSetup judge) {
        if (judge.model().isEmpty()) {
            return Verdict.undecided();
        }
        return Verdict.decided(new LlmJudge(judge.model().get()).rate(rawQuestion, groundTruth, answer), "judge");
    }

    @Override
    public String describe() {
        return "LLM judge (correct 1 / incorrect 0 / unclear 0.3)";
    }
}
