package io.logicminer.core.mining;

/**
 * A challenge with its ground truth, as the local validator sends it.
 *
 * @param id the challenge id
 * @param topic mathgenerator module, or {@code ""} when unknown
 * @param subtopic mathgenerator function, or {@code ""} when unknown
 * @param question the question as a validator sends it
 * @param groundTruth the expected answer
 */
public record LocalChallenge(String id, String topic, String subtopic, String question, String groundTruth) {
}
