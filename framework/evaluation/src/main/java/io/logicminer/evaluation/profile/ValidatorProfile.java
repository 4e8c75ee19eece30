package io.logicminer.evaluation.profile;

import io.logicminer.evaluation.reward.RewardFormula;

/**
 * How the validators of one LogicNet release score a reply, named after the release: a small value, so a future
 * release is one more constant in {@link ValidatorProfiles}.
 *
 * @param name the profile's name, {@code logicnet-YYYY-MM}
 * @param release the LogicNet commit it copies, for reports
 * @param weights the reward's weights
 * @param referenceMaxTokens max_tokens of the validator's own reasoning, which similarity compares with
 * @param ladder how correctness is rated
 * @param penalties which penalties apply on the ladder's LLM path
 * @param volume the reward multiplier for the miner's epoch_volume
 */
public record ValidatorProfile(String name, String release, RewardWeights weights, int referenceMaxTokens,
                               CorrectnessLadder ladder, PenaltyRules penalties, VolumeMultiplier volume) {

    /** Rates one answer's correctness. */
    public Verdict rate(String rawQuestion, String groundTruth, String answer, JudgeSetup judge) {
        return ladder.rate(rawQuestion, groundTruth, answer, penalties, judge);
    }

    /**
     * The reward of one reply ({@link RewardFormula}).
     *
     * @param success whether the reply arrived (the release's {@code is_success}); 0 when not
     */
    public double reward(boolean success, double similarity, double correctness, double processSeconds,
                         double timeoutSeconds, int epochVolume) {
        return RewardFormula.reward(weights, volume, epochVolume, success, similarity, correctness, processSeconds,
                timeoutSeconds);
    }
}
