package io.logicminer.subtensor.chain;

import com.fasterxml.jackson.databind.JsonNode;
import io.logicminer.bittensor.crypto.Ss58;
import io.logicminer.subtensor.TestResources;
import io.logicminer.subtensor.codec.EnumValue;
import io.logicminer.subtensor.codec.ValueEncoder;
import io.logicminer.subtensor.extrinsic.ExtrinsicEvents;
import io.logicminer.subtensor.metadata.RuntimeMetadata;
import io.logicminer.subtensor.metadata.TypeDef;
import io.logicminer.subtensor.metadata.Variant;
import io.logicminer.subtensor.rpc.FakeSubstrateNode;
import io.logicminer.subtensor.rpc.FakeSubstrateNode.Reply;
import io.logicminer.subtensor.scale.ScaleReader;
import io.logicminer.subtensor.scale.ScaleWriter;
import io.logicminer.subtensor.serving.AxonAddress;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A subtensor node for tests: a {@link FakeSubstrateNode} (real WebSocket, JSON-RPC) answering the runtime APIs,
 * storage and extrinsic calls the miner makes with payloads encoded by finney's metadata. A submitted serve_axon is
 * read back from the extrinsic's bytes: on success the node stores it in {@code Axons} (so a restart finds it), and the
 * block's {@code System.Events} say {@code ExtrinsicSuccess}, or {@code ExtrinsicFailed} with the module error set by
 * {@link #failNextWith}.
 */
public final class FakeSubtensorChain implements AutoCloseable {

    private static final HexFormat HEX = HexFormat.of();

    private final FakeSubstrateNode node;
    private final RuntimeMetadata md = TestResources.finney();
    private final ChainPayloads payloads = new ChainPayloads(md);
    private final Map<String, byte[]> storage = new ConcurrentHashMap<>();
    private final List<ServeAxonCall> served = new CopyOnWriteArrayList<>();
    private volatile List<ChainPayloads.TestNeuron> neurons = List.of();
    private volatile int netuid = 35;
    private volatile String moduleError;
    private volatile boolean subnetStateApi = true;

    private FakeSubtensorChain(FakeSubstrateNode node) {
        this.node = node;
        node.on("state_call", this::stateCall);
        node.on("state_getStorage", call -> {
            byte[] value = storage.get(strip(call.params().path(0).asText()));
            return Reply.result(value == null ? null : "0x" + HEX.formatHex(value));
        });
        node.on("chain_getBlock", this::block);
    }

    public static FakeSubtensorChain start() {
        return new FakeSubtensorChain(FakeSubstrateNode.start());
    }

    public FakeSubstrateNode node() {
        return node;
    }

    public String url() {
        return node.url().toString();
    }

    /** The subnet's neurons from now on. */
    public FakeSubtensorChain neurons(int netuid, List<ChainPayloads.TestNeuron> list) {
        this.netuid = netuid;
        this.neurons = List.copyOf(list);
        for (ChainPayloads.TestNeuron n : list) {
            if (n.ip() != null) {
                storage.put(HEX.formatHex(axonsKey(netuid, n.hotkey())), payloads.axon(n.ip(), n.port(), 9_000_000,
                        800));
            }
        }
        return this;
    }

    /** Makes the runtime lack {@code SubnetInfoRuntimeApi_get_subnet_state} (answers as a node without it). */
    public FakeSubtensorChain withoutSubnetState() {
        subnetStateApi = false;
        return this;
    }

    /** The next serve_axon is included but fails with {@code SubtensorModule.<error>}. */
    public FakeSubtensorChain failNextWith(String error) {
        moduleError = error;
        return this;
    }

    /** serve_axon calls the node received and included, in order. */
    public List<ServeAxonCall> served() {
        return List.copyOf(served);
    }

    /** Pushes a finalized head with this number. */
    public void head(long number) {
        node.pushFinalizedHead(FakeSubstrateNode.header(number));
    }

    private Reply stateCall(FakeSubstrateNode.IncomingCall call) {
        String method = call.params().path(0).asText();
        byte[] params = HEX.parseHex(strip(call.params().path(1).asText()));
        switch (method) {
            case "Metadata_metadata_at_version" -> {
                ScaleWriter w = new ScaleWriter();
                if (params[0] == 16) {
                    w.u8(1).byteVec(TestResources.finneyBytes());
                } else {
                    w.u8(0);
                }
                return hex(w.toByteArray());
            }
            case "NeuronInfoRuntimeApi_get_neurons_lite" -> {
                return hex(new ScaleReader(params).u16() == netuid ? payloads.neuronsLite(netuid, neurons)
                        : payloads.neuronsLite(netuid, List.of()));
            }
            case "SubnetInfoRuntimeApi_get_subnet_state" -> {
                if (!subnetStateApi) {
                    return Reply.error(-32000, "Client error: Execution failed: Other: Exported method "
                            + "SubnetInfoRuntimeApi_get_subnet_state is not found", null);
                }
                return hex(payloads.subnetState(netuid, neurons));
            }
            default -> {
                return Reply.error(-32000, "Client error: Execution failed: Other: Exported method " + method
                        + " is not found", null);
            }
        }
    }

    /**
     * The block the last submitted extrinsic went into: a placeholder first extrinsic, then ours at index 1. Reading
     * the block is also when the node applies the call (the miner reads it right after finality).
     */
    private Reply block(FakeSubstrateNode.IncomingCall call) {
        String submitted = null;
        for (JsonNode request : node.received()) {
            if (request.path("method").asText().equals("author_submitAndWatchExtrinsic")) {
                submitted = request.path("params").path(0).asText();
            }
        }
        List<String> extrinsics = new ArrayList<>(List.of("0x280403000b804aa2a58b01"));
        if (submitted != null) {
            extrinsics.add(submitted);
            apply(HEX.parseHex(strip(submitted)));
        }
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("header", FakeSubstrateNode.header(8_867_449));
        block.put("extrinsics", extrinsics);
        return Reply.result(Map.of("block", block, "justifications", List.of()));
    }

    private void apply(byte[] extrinsic) {
        // serve_axon's arguments are the extrinsic's last 28 bytes: netuid u16, version u32, ip u128, port u16,
        // ip_type u8, protocol u8, placeholder1 u8, placeholder2 u8.
        ScaleReader r = new ScaleReader(extrinsic, extrinsic.length - 28);
        ServeAxonCall call = new ServeAxonCall(r.u16(), r.u32(), r.u128(), r.u16(), r.u8(), r.u8(), r.u8(), r.u8());
        String error = moduleError;
        moduleError = null;
        storage.put(HEX.formatHex(ExtrinsicEvents.storageKey(md)), events(1, error));
        if (error == null) {
            served.add(call);
            String hotkey = Ss58.encode(signer(extrinsic));
            String ip = AxonAddress.text(call.ip(), call.ipType());
            storage.put(HEX.formatHex(axonsKey(call.netuid(), hotkey)), payloads.axon(ip, call.port(), call.version(),
                    8_867_449));
        }
    }

    /** A signed v4 extrinsic: compact length, 0x84, MultiAddress::Id (0x00) then the 32-byte signer. */
    private static byte[] signer(byte[] extrinsic) {
        ScaleReader r = new ScaleReader(extrinsic);
        r.compact();
        r.u8();
        r.u8();
        return r.bytes(32);
    }

    /** {@code System.Events} holding our extrinsic's outcome at {@code index}. */
    public byte[] events(int index, String errorOrNull) {
        int vec = md.storageEntry("System", "Events").valueType();
        int recordType = ((TypeDef.Sequence) md.types().def(vec)).elementType();
        TypeDef.Composite record = (TypeDef.Composite) md.types().def(recordType);
        int eventType = record.fields().stream().filter(f -> f.name().equals("event")).findFirst().orElseThrow()
                .type();
        Variant system = ((TypeDef.VariantType) md.types().def(eventType)).byName("System");
        TypeDef.VariantType systemEvents = (TypeDef.VariantType) md.types().def(system.fields().get(0).type());
        Variant success = systemEvents.byName("ExtrinsicSuccess");
        Object dispatchInfo = ChainPayloads.zero(md.types(), success.fields().get(0).type(), 0);
        Object event;
        if (errorOrNull == null) {
            event = EnumValue.of("ExtrinsicSuccess", new LinkedHashMap<>(Map.of("dispatch_info", dispatchInfo)));
        } else {
            int pallet = md.pallet("SubtensorModule").index();
            Integer errorTypeId = md.pallet("SubtensorModule").errorType();
            int errorIndex = ((TypeDef.VariantType) md.types().def(errorTypeId)).byName(errorOrNull).index();
            Map<String, Object> moduleError = new LinkedHashMap<>();
            moduleError.put("index", BigInteger.valueOf(pallet));
            moduleError.put("error", new byte[] {(byte) errorIndex, 0, 0, 0});
            Map<String, Object> failed = new LinkedHashMap<>();
            failed.put("dispatch_error", EnumValue.of("Module", moduleError));
            failed.put("dispatch_info", dispatchInfo);
            event = EnumValue.of("ExtrinsicFailed", failed);
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("phase", EnumValue.of("ApplyExtrinsic", BigInteger.valueOf(index)));
        entry.put("event", EnumValue.of("System", event));
        entry.put("topics", List.of());
        return ValueEncoder.encode(md.types(), vec, List.of(entry));
    }

    static byte[] axonsKey(int netuid, String hotkey) {
        return SubtensorClient.axonsKey(netuid, Ss58.decode(hotkey).publicKey());
    }

    private static Reply hex(byte[] bytes) {
        return Reply.result("0x" + HEX.formatHex(bytes));
    }

    private static String strip(String hex) {
        return hex.startsWith("0x") ? hex.substring(2) : hex;
    }

    @Override
    public void close() {
        node.close();
    }
}
