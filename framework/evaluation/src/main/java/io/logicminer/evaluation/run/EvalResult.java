package io.logicminer.evaluation.run;

import java.time.Duration;

/**
 * One scored challenge.
 *
 * @param challenge the challenge
 * @param answer the miner's answer
 * @param correctness 1, 0 or 0.3
 * @param similarity cosine similarity to the reference reasoning, or null when not measured
 * @param latency measured latency
 * @param reward LogicNet's reward; without the similarity term when {@code similarity} is null
 */
public record EvalResult(EvalChallenge challenge, AnswerResult answer, double correctness, Double similarity,
                         Duration latency, double reward) {
}
