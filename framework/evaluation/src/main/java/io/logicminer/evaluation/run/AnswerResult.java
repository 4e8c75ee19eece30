package io.logicminer.evaluation.run;

import java.time.Duration;

/**
 * What the miner replied.
 *
 * @param answer the short answer ("" when none)
 * @param reasoning the reasoning ("" when none)
 * @param latency the time from sending to receiving, as the validator measures it
 * @param error why there is no answer (a decline, a failure, a transport status), or null
 */
public record AnswerResult(String answer, String reasoning, Duration latency, String error) {
}
