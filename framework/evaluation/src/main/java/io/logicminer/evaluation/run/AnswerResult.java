package io.logicminer.evaluation.run;

import java.time.Duration;

/**
 * What the miner replied.
 *
 * @param answer the short answer ("" when none)
 * @param reasoning the reasoning ("" when none)
 * @param latency the time from sending to receiving, as the validator measures it
 * @param error why there is no answer (a decline, a failure, a transport status), or null
 * @param replied whether a reply arrived at all (the validator's {@code is_success}: HTTP 200 in time). A miner
 *     that declines still replies, with empty fields, and is scored; one that does not reply scores 0.
 */
public record AnswerResult(String answer, String reasoning, Duration latency, String error, boolean replied) {

    /** A reply that arrived (possibly empty, with {@code error} saying why). */
    public AnswerResult(String answer, String reasoning, Duration latency, String error) {
        this(answer, reasoning, latency, error, true);
    }

    /** No reply: a transport failure, a rejection, a timeout. */
    public static AnswerResult noReply(Duration latency, String error) {
        return new AnswerResult("", "", latency, error, false);
    }
}
