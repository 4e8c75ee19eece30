package io.logicminer.subtensor.chain;

import io.logicminer.bittensor.crypto.Sr25519Keypair;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

/**
 * A chain held in memory for the layers above the client: neurons, stakes, axons, heads pushed by the test, and a
 * switch that makes every read fail as an unreachable node does.
 */
public final class InMemorySubtensor implements Subtensor {

    public volatile long block = 1000;
    public volatile List<NeuronLite> neurons = List.of();
    public volatile Optional<List<BigInteger>> totalStake = Optional.empty();
    public final Map<String, AxonInfo> axons = new ConcurrentHashMap<>();
    public final List<ServeAxonCall> served = new CopyOnWriteArrayList<>();
    public volatile ExtrinsicOutcome nextOutcome;
    public volatile boolean down;
    public volatile int reads;
    private final List<LongConsumer> heads = new CopyOnWriteArrayList<>();

    @Override
    public long finalizedBlockNumber() {
        check();
        return block;
    }

    @Override
    public List<NeuronLite> neuronsLite(int netuid) {
        check();
        reads++;
        return neurons;
    }

    @Override
    public Optional<List<BigInteger>> subnetTotalStake(int netuid) {
        check();
        return totalStake;
    }

    @Override
    public Optional<AxonInfo> axon(int netuid, String hotkeySs58) {
        check();
        return Optional.ofNullable(axons.get(netuid + "/" + hotkeySs58));
    }

    @Override
    public ExtrinsicOutcome serveAxon(Sr25519Keypair hotkey, ServeAxonCall call, Duration timeout) {
        check();
        served.add(call);
        ExtrinsicOutcome outcome = nextOutcome;
        if (outcome != null) {
            return outcome;
        }
        axons.put(call.netuid() + "/" + hotkey.ss58Address(), new AxonInfo(block, call.version(), call.ip(),
                call.port(), call.ipType(), call.protocol(), call.placeholder1(), call.placeholder2()));
        return ExtrinsicOutcome.succeeded("0x" + Long.toHexString(block));
    }

    @Override
    public AutoCloseable onFinalizedHead(LongConsumer listener) {
        check();
        heads.add(listener);
        return () -> heads.remove(listener);
    }

    /** Advances the finalized head and tells the subscribers. */
    public void head(long number) {
        block = number;
        for (LongConsumer listener : new ArrayList<>(heads)) {
            listener.accept(number);
        }
    }

    public int subscribers() {
        return heads.size();
    }

    private void check() {
        if (down) {
            throw new SubtensorException("connection refused (test node down)");
        }
    }

    /** Nothing to release: subscribers leave through their handles, and the chain outlives each client. */
    @Override
    public void close() {
    }

    /** A neuron with the given stake (RAO) and permit, no axon. */
    public static NeuronLite neuron(int uid, String hotkey, String coldkey, long stakeRao, boolean permit,
                                    AxonInfo axon) {
        return new NeuronLite(uid, hotkey, coldkey, true, permit, axon == null ? new AxonInfo(0, 0, BigInteger.ZERO,
                0, 0, 0, 0, 0) : axon, BigInteger.valueOf(stakeRao), 0, 0, 0, 0.5, 0.25,
                BigInteger.valueOf(1_000_000), 0, 900, 0);
    }
}
