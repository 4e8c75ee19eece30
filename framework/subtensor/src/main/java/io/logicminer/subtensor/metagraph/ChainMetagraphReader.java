package io.logicminer.subtensor.metagraph;

import io.logicminer.bittensor.metagraph.AxonEndpoint;
import io.logicminer.bittensor.metagraph.Metagraph;
import io.logicminer.bittensor.metagraph.Neuron;
import io.logicminer.subtensor.chain.AxonInfo;
import io.logicminer.subtensor.chain.NeuronLite;
import io.logicminer.subtensor.chain.Subtensor;
import io.logicminer.subtensor.serving.AxonAddress;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a subnet's metagraph the way the SDK's {@code Metagraph.sync(lite=True)} does: neurons from
 * {@code get_neurons_lite}, stake ({@code S}) from {@code get_subnet_state}'s {@code total_stake} (RAO / 1e9), falling
 * back to each neuron's own stake when the runtime has no subnet-state API.
 */
public final class ChainMetagraphReader {

    private static final BigDecimal RAO_PER_TAO = BigDecimal.valueOf(1_000_000_000L);

    private final Subtensor chain;

    public ChainMetagraphReader(Subtensor chain) {
        this.chain = Objects.requireNonNull(chain, "chain");
    }

    /** Reads {@code netuid} at the finalized head. */
    public ChainMetagraph read(int netuid) {
        long block = chain.finalizedBlockNumber();
        List<NeuronLite> neurons = chain.neuronsLite(netuid);
        Optional<List<BigInteger>> totals = chain.subnetTotalStake(netuid);
        StakeSource source = totals.isPresent() ? StakeSource.SUBNET_STATE_TOTAL_STAKE : StakeSource.NEURON_STAKE;
        List<Neuron> mapped = new ArrayList<>(neurons.size());
        for (NeuronLite n : neurons) {
            BigInteger rao = totals.map(t -> n.uid() < t.size() ? t.get(n.uid()) : BigInteger.ZERO)
                    .orElse(n.ownStakeRao());
            mapped.add(new Neuron(n.uid(), n.hotkey(), n.coldkey(), tao(rao), n.validatorPermit(), n.active(),
                    endpoint(n.axon())));
        }
        return new ChainMetagraph(new Metagraph(netuid, block, mapped), neurons, source);
    }

    /** RAO to TAO as a double (the SDK keeps float32; double loses nothing a stake comparison needs). */
    public static double tao(BigInteger rao) {
        return new BigDecimal(rao).divide(RAO_PER_TAO).doubleValue();
    }

    private static AxonEndpoint endpoint(AxonInfo axon) {
        if (axon == null || axon.isUnset()) {
            return null;
        }
        return new AxonEndpoint(AxonAddress.text(axon.ip(), axon.ipType()), axon.port());
    }
}
