package io.logicminer.evaluation.profile;

/**
 * The weights of a release's reward: {@code similarity·sim + correctness·corr + processingTime·min(t/timeout, 1)}.
 *
 * @param similarity weight of the reasoning's similarity
 * @param correctness weight of the correctness
 * @param processingTime weight of the time term (negative)
 */
public record RewardWeights(double similarity, double correctness, double processingTime) {
}
