package io.logicminer.evaluation.run;

/**
 * A challenge with its ground truth.
 *
 * @param id the challenge id
 * @param topic mathgenerator module ("" when unknown)
 * @param subtopic mathgenerator function ("" when unknown)
 * @param question what the miner is sent
 * @param rawQuestion the unparaphrased problem the judge and the reference reasoning see
 * @param groundTruth the expected answer
 */
public record EvalChallenge(String id, String topic, String subtopic, String question, String rawQuestion,
                            String groundTruth) {
}
