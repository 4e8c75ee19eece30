package io.logicminer.bittensor.axon;

import java.time.Duration;

/**
 * What a {@link SynapseHandler} knows about the request besides its body.
 *
 * @param who            the caller's metagraph entry, or null for a stranger (open routes only)
 * @param timeoutSeconds the validator's timeout (capped at {@code axon.max_timeout})
 * @param budget         time left until the deadline (timeout minus {@code axon.deadline_margin}) when the handler
 *                       starts; the handler must answer within it
 */
public record SolveContext(ValidatorIdentity who, double timeoutSeconds, Duration budget) {
}
