package io.logicminer.bittensor.axon;

import io.logicminer.bittensor.synapse.Synapse;

/** The SDK's base {@code Synapse} route, which every axon serves: answers the synapse as received. */
public final class PingHandler implements SynapseHandler {

    @Override
    public Handled handle(Synapse body, SolveContext context) {
        return new Handled(body, "ping");
    }
}
