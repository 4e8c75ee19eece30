package io.logicminer.bittensor.axon;

import java.time.Duration;

/**
 * The solve the host plugs into the axon. Called on its own virtual thread, at most {@code axon.max_concurrent} at a
 * time, for requests that passed blacklist, signature and volume checks.
 *
 * <p>{@code budget} is the time left until the validator's timeout minus the axon's safety margin. The handler should
 * return its best answer within it. If it does not, the axon interrupts it and replies with an empty answer so the
 * validator still gets a response in time; the handler's slot is freed only when it really returns.
 */
@FunctionalInterface
public interface LogicHandler {

    /**
     * @throws InterruptedException when interrupted because the budget ran out (or the axon is stopping)
     */
    LogicAnswer answer(LogicQuestion question, Duration budget, ValidatorIdentity who) throws InterruptedException;
}
