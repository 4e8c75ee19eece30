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
 * interrupts it and replies with an empty answer, so the validator still gets a response in time.
 */
@FunctionalInterface
public interface LogicHandler {

    /**
     * @throws InterruptedException when interrupted because the budget ran out (or the axon is stopping)
     */
    LogicAnswer answer(LogicQuestion question, Duration budget, ValidatorIdentity who) throws InterruptedException;
}
