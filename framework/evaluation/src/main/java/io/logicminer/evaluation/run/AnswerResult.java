package io.logicminer.evaluation.run;

import java.time.Duration;
import java.util.Map;

/**
 * What the miner replied.
 *
 * @param answer the short answer ("" when none)
 * @param reasoning the reasoning ("" when none)
 * @param latency the time from sending to receiving, as the validator measures it
 * @param error why there is no answer (a decline, a failure, a transport status), or null
 * @param replied whether a reply arrived at all (the validator's {@code is_success}: HTTP 200 in time). A miner
 *     that declines still replies, with empty fields, and is scored; one that does not reply scores 0.
 * @param metadata what the solver reported beside the answer (e.g. an ensemble's confidence); empty over the axon
 */
public record AnswerResult(String answer, String reasoning, Duration latency, String error, boolean replied,
                           Map<String, String> metadata) {

    public AnswerResult {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    /** A reply that arrived (possibly empty, with {@code error} saying why), without solver metadata. */
    public AnswerResult(String answer, String reasoning, Duration latency, String error) {
        this(answer, reasoning, latency, error, true, Map.of());
    }

    /** A reply that arrived, with what the solver reported beside the answer. */
    public AnswerResult(String answer, String reasoning, Duration latency, String error,
                        Map<String, String> metadata) {
        this(answer, reasoning, latency, error, true, metadata);
    }

    /** No reply: a transport failure, a rejection, a timeout. */
    public static AnswerResult noReply(Duration latency, String error) {
        return new AnswerResult("", "", latency, error, false, Map.of());
    }
}
