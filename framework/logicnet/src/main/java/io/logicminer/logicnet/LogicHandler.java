package io.logicminer.logicnet;

import io.logicminer.bittensor.axon.ValidatorIdentity;
import java.time.Duration;

/**
 * The solve the host plugs into the axon for LogicNet's {@code LogicSynapse}. Called on the request's own (virtual)
 * thread, at most {@code axon.max_concurrent} at a time, for requests that passed blacklist, signature, volume and the
 * question-length cap.
 *
 * <p>{@code budget} is the time left until the validator's timeout minus the axon's safety margin. The handler owns
 * that deadline and must return its best answer within it. If it is still running half a margin later the axon
 * interrupts it and replies with {@link #unanswered}, so the validator still gets a response in time.
 */
@FunctionalInterface
public interface LogicHandler {

    /**
     * @throws InterruptedException when interrupted because the budget ran out (or the axon is stopping)
     */
    LogicAnswer answer(LogicQuestion question, Duration budget, ValidatorIdentity who) throws InterruptedException;

    /**
     * The reply when {@link #answer} gave none (it overran its budget, threw or returned null, or the request came
     * with no time left). Must be fast and must not block. Default: empty reasoning and answer.
     *
     * @param outcome the axon's label: {@code timed_out}, {@code handler_error} or {@code empty}
     */
    default LogicAnswer unanswered(LogicQuestion question, String outcome) {
        return new LogicAnswer("", "", outcome);
    }
}
