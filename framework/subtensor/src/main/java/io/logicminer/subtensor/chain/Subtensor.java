package io.logicminer.subtensor.chain;

import io.logicminer.bittensor.crypto.Sr25519Keypair;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * What the miner asks of the subtensor chain, in domain values: neurons, stakes, the axon it published, and the
 * {@code serve_axon} call. {@link SubtensorClient} implements it over JSON-RPC and the chain's own metadata; tests of
 * the layers above may implement it in memory.
 *
 * <p>Every method may throw {@link SubtensorException} when the node cannot be reached or answers garbage.
 */
public interface Subtensor extends AutoCloseable {

    /** The number of the latest finalized block. */
    long finalizedBlockNumber();

    /** {@code NeuronInfoRuntimeApi.get_neurons_lite(netuid)} at the finalized head, in uid order. */
    List<NeuronLite> neuronsLite(int netuid);

    /**
     * {@code SubnetInfoRuntimeApi.get_subnet_state(netuid).total_stake} in RAO, indexed by uid; empty when the
     * runtime has no such API or the subnet does not exist.
     */
    Optional<List<BigInteger>> subnetTotalStake(int netuid);

    /** {@code SubtensorModule.Axons(netuid, hotkey)}; empty when the hotkey never served. */
    Optional<AxonInfo> axon(int netuid, String hotkeySs58);

    /**
     * Signs {@code SubtensorModule.serve_axon} with {@code hotkey}, submits it, and waits up to {@code timeout} for
     * finality.
     */
    ExtrinsicOutcome serveAxon(Sr25519Keypair hotkey, ServeAxonCall call, Duration timeout);

    /** Calls {@code listener} with each new finalized block number until the returned handle is closed. */
    AutoCloseable onFinalizedHead(LongConsumer listener);

    @Override
    void close();
}
