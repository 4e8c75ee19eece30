package io.logicminer.subtensor.chain;

import io.logicminer.bittensor.crypto.Blake2b;
import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.bittensor.crypto.Ss58;
import io.logicminer.subtensor.codec.RuntimeApiCall;
import io.logicminer.subtensor.codec.ValueDecoder;
import io.logicminer.subtensor.metadata.MetadataException;
import io.logicminer.subtensor.rpc.JsonRpcErrorException;
import io.logicminer.subtensor.metadata.RuntimeMetadata;
import io.logicminer.subtensor.metadata.StorageEntryMetadata;
import io.logicminer.subtensor.scale.ScaleReader;
import io.logicminer.subtensor.scale.ScaleWriter;
import net.openhft.hashing.LongHashFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * {@link Subtensor} over a node's JSON-RPC: runtime APIs through {@code state_call}, storage through
 * {@code state_getStorage}, everything encoded and decoded by the runtime's own metadata.
 *
 * <p>Metadata comes from {@code state_call("Metadata_metadata_at_version", 16)} (then 15), falling back to
 * {@code state_getMetadata} on runtimes without that API; it is cached per runtime version ({@link MetadataCache}) and
 * fetched again when the runtime version changes (checked before each read: one small call).
 */
public final class SubtensorClient implements Subtensor {

    private static final Logger LOG = LoggerFactory.getLogger(SubtensorClient.class);

    private final NodeRpc rpc;
    private final MetadataCache cache;
    private final ExtrinsicSubmitter submitter;

    /**
     * @param submitter signs and submits serve_axon (null: this client only reads)
     */
    public SubtensorClient(NodeRpc rpc, MetadataCache cache, ExtrinsicSubmitter submitter) {
        this.rpc = Objects.requireNonNull(rpc, "rpc");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.submitter = submitter;
    }

    /** The metadata of the runtime now live (fetched once per runtime version). */
    public RuntimeMetadata metadata() {
        NodeRpc.RuntimeVersion version = rpc.runtimeVersion();
        return cache.get(version, this::fetchMetadata);
    }

    private byte[] fetchMetadata() {
        for (int v : new int[] {16, 15}) {
            try {
                byte[] option = rpc.stateCall("Metadata_metadata_at_version", u32(v), null);
                ScaleReader r = new ScaleReader(option);
                if (r.u8() == 1) {
                    byte[] bytes = r.byteVec();
                    return bytes;
                }
            } catch (SubtensorException e) {
                LOG.debug("Metadata_metadata_at_version({}) failed: {}", v, e.getMessage());
                break; // the runtime has no Metadata API at all
            } catch (RuntimeException e) {
                LOG.debug("Metadata_metadata_at_version({}) returned garbage: {}", v, e.getMessage());
            }
        }
        return rpc.metadata();
    }

    @Override
    public long finalizedBlockNumber() {
        return rpc.blockNumber(rpc.finalizedHead());
    }

    @Override
    public List<NeuronLite> neuronsLite(int netuid) {
        RuntimeMetadata md = metadata();
        RuntimeApiCall call = RuntimeApiCall.of(md, "NeuronInfoRuntimeApi", "get_neurons_lite");
        Object out = decode(call, rpc.stateCall(call.stateCallMethod(), call.encodeParams(netuid),
                rpc.finalizedHead()));
        List<NeuronLite> neurons = new ArrayList<>();
        try {
            for (Object n : io.logicminer.subtensor.codec.Values.list(out)) {
                neurons.add(SubtensorValues.neuron(n));
            }
        } catch (RuntimeException e) {
            throw new SubtensorException("get_neurons_lite(" + netuid + ") does not read as NeuronInfoLite: "
                    + e.getMessage(), e);
        }
        return neurons;
    }

    @Override
    public Optional<List<BigInteger>> subnetTotalStake(int netuid) {
        RuntimeMetadata md = metadata();
        RuntimeApiCall call;
        try {
            call = RuntimeApiCall.of(md, "SubnetInfoRuntimeApi", "get_subnet_state");
        } catch (MetadataException e) {
            return Optional.empty();
        }
        byte[] raw;
        try {
            raw = rpc.stateCall(call.stateCallMethod(), call.encodeParams(netuid), rpc.finalizedHead());
        } catch (SubtensorException e) {
            if (e.getCause() instanceof JsonRpcErrorException && String.valueOf(e.getMessage()).contains("not found")) {
                // The metadata lists the API but the runtime does not export it (seen on nodes mid-upgrade).
                LOG.debug("{} is not exported: {}", call.stateCallMethod(), e.getMessage());
                return Optional.empty();
            }
            throw e;
        }
        Object out = decode(call, raw);
        try {
            return Optional.ofNullable(SubtensorValues.totalStake(out));
        } catch (RuntimeException e) {
            throw new SubtensorException("get_subnet_state(" + netuid + ") has no readable total_stake: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public Optional<AxonInfo> axon(int netuid, String hotkeySs58) {
        RuntimeMetadata md = metadata();
        StorageEntryMetadata entry = md.storageEntry("SubtensorModule", "Axons");
        byte[] key = axonsKey(netuid, Ss58.decode(hotkeySs58).publicKey());
        Optional<byte[]> raw = rpc.storage(key, rpc.finalizedHead());
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SubtensorValues.axonInfo(ValueDecoder.decodeAll(md.types(), entry.valueType(),
                    raw.get())));
        } catch (RuntimeException e) {
            throw new SubtensorException("SubtensorModule.Axons(" + netuid + ", " + hotkeySs58 + ") does not decode: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public ExtrinsicOutcome serveAxon(Sr25519Keypair hotkey, ServeAxonCall call, Duration timeout) {
        if (submitter == null) {
            throw new SubtensorException("this client cannot submit extrinsics");
        }
        return submitter.serveAxon(metadata(), hotkey, call, timeout);
    }

    @Override
    public AutoCloseable onFinalizedHead(LongConsumer listener) {
        return rpc.subscribeFinalizedHeads(listener);
    }

    @Override
    public void close() {
        rpc.close();
    }

    /**
     * {@code twox128("SubtensorModule") ++ twox128("Axons") ++ identity(netuid: u16) ++ blake2_128_concat(hotkey)},
     * the hashers the metadata lists for this map.
     */
    static byte[] axonsKey(int netuid, byte[] hotkey) {
        byte[] prefix = concat(twox128("SubtensorModule"), twox128("Axons"));
        ByteBuffer b = ByteBuffer.allocate(prefix.length + 2 + 16 + hotkey.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(prefix).putShort((short) netuid).put(Blake2b.hash(16, hotkey)).put(hotkey);
        return b.array();
    }

    static byte[] twox128(String name) {
        byte[] data = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(LongHashFunction.xx(0).hashBytes(data)).putLong(LongHashFunction.xx(1).hashBytes(data));
        return b.array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] u32(int v) {
        return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
    }

    private static Object decode(RuntimeApiCall call, byte[] result) {
        try {
            return call.decodeOutput(result);
        } catch (RuntimeException e) {
            throw new SubtensorException(call.stateCallMethod() + " returned bytes that do not decode by the "
                    + "runtime's metadata: " + e.getMessage(), e);
        }
    }
}
