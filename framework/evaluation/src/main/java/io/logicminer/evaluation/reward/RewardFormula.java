package io.logicminer.evaluation.reward;

import io.logicminer.evaluation.profile.RewardWeights;
import io.logicminer.evaluation.profile.VolumeMultiplier;

/**
 * LogicNet's reward for one answer, the one place it is computed (rewarder.py and validator.py of each release):
 * {@code (w_sim·similarity + w_corr·correctness + w_time·min(process_time / timeout, 1)) / 2 + 0.5}, a reply that
 * is no success scores 0, and a positive reward is then multiplied by the release's volume factor. Each
 * {@link io.logicminer.evaluation.profile.ValidatorProfile} supplies its weights and multiplier.
 */
public final class RewardFormula {

    private RewardFormula() {
    }

    /**
     * @param weights the release's weights
     * @param similarity cosine similarity of the reasoning to the validator's, in [-1, 1] (0 when not measured)
     * @param correctness the correctness, in [-1, 1]
     * @param processSeconds the dendrite's measured process time
     * @param timeoutSeconds the synapse's timeout
     */
    public static double reward(RewardWeights weights, double similarity, double correctness, double processSeconds,
                                double timeoutSeconds) {
        if (!(timeoutSeconds > 0)) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeoutSeconds);
        }
        double raw = weights.similarity() * similarity + weights.correctness() * correctness
                + weights.processingTime() * Math.min(processSeconds / timeoutSeconds, 1);
        return raw / 2 + 0.5;
    }

    /**
     * The full reward of one reply: 0 when the reply was no success, else {@link #reward} times the volume factor
     * when positive.
     */
    public static double reward(RewardWeights weights, VolumeMultiplier volume, int epochVolume, boolean success,
                                double similarity, double correctness, double processSeconds, double timeoutSeconds) {
        if (!success) {
            return 0;
        }
        double reward = reward(weights, similarity, correctness, processSeconds, timeoutSeconds);
        return reward > 0 ? reward * volume.factor(epochVolume) : reward;
    }
}
