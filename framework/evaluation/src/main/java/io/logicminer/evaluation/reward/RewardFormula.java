package io.logicminer.evaluation.reward;

/**
 * LogicNet's reward for one answer (logicnet/validator/rewarder.py at da29213):
 * {@code (0.4·similarity + 0.6·correctness − 0.1·min(process_time / timeout, 1)) / 2 + 0.5}.
 */
public final class RewardFormula {

    public static final double SIMILARITY_WEIGHT = 0.4;
    public static final double CORRECTNESS_WEIGHT = 0.6;
    public static final double PROCESSING_TIME_WEIGHT = -0.1;

    private RewardFormula() {
    }

    /**
     * @param similarity cosine similarity of the reasoning to the validator's, in [-1, 1]
     * @param correctness 1, 0 or 0.3 (the judge's "unclear")
     * @param processSeconds the dendrite's measured process time
     * @param timeoutSeconds the synapse's timeout
     */
    public static double reward(double similarity, double correctness, double processSeconds, double timeoutSeconds) {
        if (!(timeoutSeconds > 0)) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeoutSeconds);
        }
        double raw = SIMILARITY_WEIGHT * similarity + CORRECTNESS_WEIGHT * correctness
                + PROCESSING_TIME_WEIGHT * Math.min(processSeconds / timeoutSeconds, 1);
        return raw / 2 + 0.5;
    }

    /**
     * The reward without its similarity term, for runs with no reference LLM: what the other two terms give. It
     * is a different number from the validator's and is always labelled as such.
     */
    public static double rewardWithoutSimilarity(double correctness, double processSeconds, double timeoutSeconds) {
        return reward(0, correctness, processSeconds, timeoutSeconds);
    }
}
