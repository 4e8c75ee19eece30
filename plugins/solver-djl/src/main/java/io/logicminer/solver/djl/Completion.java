package io.logicminer.solver.djl;

/**
 * One generated sample.
 *
 * @param tokens       the generated token ids (an end-of-sequence token not included)
 * @param text         the decoded text, cut before the first stop string
 * @param finishReason {@code stop} (end-of-sequence token or stop string), {@code length} (max tokens or the
 *                     model's context) or {@code deadline}
 */
record Completion(long[] tokens, String text, String finishReason) {
}
