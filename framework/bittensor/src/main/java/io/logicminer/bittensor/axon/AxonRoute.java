package io.logicminer.bittensor.axon;

import io.logicminer.bittensor.synapse.SynapseKind;
import java.util.Objects;

/**
 * One synapse the axon serves: its kind (the route is {@code /<kind name>}), how callers are admitted and who
 * answers.
 *
 * @param kind    the synapse class
 * @param access  {@link Access#GATED} for the work route, {@link Access#OPEN} for cheap, never-blacklisted ones
 * @param handler answers a request that passed admission and whose body parsed
 */
public record AxonRoute(SynapseKind kind, Access access, SynapseHandler handler) {

    /** How a route admits callers. Both verify the signature and nonce. */
    public enum Access {
        /**
         * Blacklisted by metagraph (unknown hotkey, stake, permit), limited to the caller's volume share, and solved
         * in a bounded number of slots behind a stake-ordered, deadline-aware queue.
         */
        GATED,
        /** Never blacklisted (LogicNet's Information, the SDK's ping); rate-limited per hotkey instead. */
        OPEN
    }

    public AxonRoute {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(handler, "handler");
    }
}
