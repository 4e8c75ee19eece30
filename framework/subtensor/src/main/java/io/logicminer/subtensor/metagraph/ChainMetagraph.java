package io.logicminer.subtensor.metagraph;

import io.logicminer.bittensor.metagraph.Metagraph;
import io.logicminer.subtensor.chain.NeuronLite;

import java.util.List;

/**
 * A metagraph read from the chain: the axon's view ({@link Metagraph}) plus the SDK fields it does not keep.
 *
 * @param neurons the raw neurons, in uid order
 */
public record ChainMetagraph(Metagraph metagraph, List<NeuronLite> neurons, StakeSource stakeSource) {

    public ChainMetagraph {
        neurons = List.copyOf(neurons);
    }

    /** Neurons with a validator permit. */
    public long validators() {
        return metagraph.neurons().stream().filter(n -> n.validatorPermit()).count();
    }
}
