package io.logicminer.subtensor.chain;

import io.logicminer.bittensor.crypto.Ss58;
import io.logicminer.subtensor.codec.BitSequence;
import io.logicminer.subtensor.codec.EnumValue;
import io.logicminer.subtensor.codec.ValueEncoder;
import io.logicminer.subtensor.metadata.Field;
import io.logicminer.subtensor.metadata.PortableRegistry;
import io.logicminer.subtensor.metadata.Primitive;
import io.logicminer.subtensor.metadata.RuntimeMetadata;
import io.logicminer.subtensor.metadata.TypeDef;
import io.logicminer.subtensor.metadata.Variant;
import io.logicminer.subtensor.serving.AxonAddress;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real-shaped chain payloads for tests: values built field by field against the runtime's metadata (every field the
 * type has, zero unless set) and SCALE-encoded by the codec, so the bytes are what a node running that runtime returns.
 */
public final class ChainPayloads {

    private final RuntimeMetadata md;

    public ChainPayloads(RuntimeMetadata md) {
        this.md = md;
    }

    /** A neuron in the test chain. */
    public record TestNeuron(int uid, String hotkey, String coldkey, boolean permit, long ownStakeRao,
                             long totalStakeRao, String ip, int port) {
    }

    /** {@code NeuronInfoRuntimeApi_get_neurons_lite} result bytes. */
    public byte[] neuronsLite(int netuid, List<TestNeuron> neurons) {
        int vec = md.runtimeApiMethod("NeuronInfoRuntimeApi", "get_neurons_lite").outputType();
        int element = ((TypeDef.Sequence) md.types().def(vec)).elementType();
        List<Object> values = new ArrayList<>();
        for (TestNeuron n : neurons) {
            @SuppressWarnings("unchecked")
            Map<String, Object> v = (Map<String, Object>) zero(md.types(), element, 0);
            v.put("hotkey", key(n.hotkey()));
            v.put("coldkey", key(n.coldkey()));
            v.put("uid", BigInteger.valueOf(n.uid()));
            v.put("netuid", BigInteger.valueOf(netuid));
            v.put("active", true);
            v.put("validator_permit", n.permit());
            v.put("incentive", BigInteger.valueOf(32767));
            v.put("dividends", BigInteger.valueOf(65535));
            v.put("emission", BigInteger.valueOf(1_000_000));
            v.put("last_update", BigInteger.valueOf(900));
            v.put("stake", List.of(List.of(key(n.coldkey()), BigInteger.valueOf(n.ownStakeRao()))));
            if (n.ip() != null) {
                v.put("axon_info", axonValue(n.ip(), n.port(), 9_000_000, 800));
            }
            values.add(v);
        }
        return ValueEncoder.encode(md.types(), vec, values);
    }

    /** {@code SubnetInfoRuntimeApi_get_subnet_state} result bytes (Some). */
    public byte[] subnetState(int netuid, List<TestNeuron> neurons) {
        int option = md.runtimeApiMethod("SubnetInfoRuntimeApi", "get_subnet_state").outputType();
        TypeDef.VariantType def = (TypeDef.VariantType) md.types().def(option);
        int stateType = def.byName("Some").fields().get(0).type();
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) zero(md.types(), stateType, 0);
        state.put("netuid", BigInteger.valueOf(netuid));
        List<Object> total = new ArrayList<>();
        List<Object> hotkeys = new ArrayList<>();
        for (TestNeuron n : neurons) {
            total.add(BigInteger.valueOf(n.totalStakeRao()));
            hotkeys.add(key(n.hotkey()));
        }
        state.put("total_stake", total);
        state.put("hotkeys", hotkeys);
        return ValueEncoder.encode(md.types(), option, EnumValue.of("Some", state));
    }

    /** {@code SubtensorModule.Axons} value bytes. */
    public byte[] axon(String ip, int port, long version, long block) {
        int type = md.storageEntry("SubtensorModule", "Axons").valueType();
        return ValueEncoder.encode(md.types(), type, axonValue(ip, port, version, block));
    }

    private Map<String, Object> axonValue(String ip, int port, long version, long block) {
        AxonAddress a = AxonAddress.parse(ip);
        Map<String, Object> axon = new LinkedHashMap<>();
        axon.put("block", BigInteger.valueOf(block));
        axon.put("version", BigInteger.valueOf(version));
        axon.put("ip", a.ip());
        axon.put("port", BigInteger.valueOf(port));
        axon.put("ip_type", BigInteger.valueOf(a.ipType()));
        axon.put("protocol", BigInteger.valueOf(4));
        axon.put("placeholder1", BigInteger.ZERO);
        axon.put("placeholder2", BigInteger.ZERO);
        return axon;
    }

    private static byte[] key(String ss58) {
        return Ss58.decode(ss58).publicKey();
    }

    /** The zero value of a type in the codec's value model (first field-less variant for enums). */
    public static Object zero(PortableRegistry types, int id, int depth) {
        if (depth > 64) {
            throw new IllegalStateException("type #" + id + " is recursive");
        }
        TypeDef def = types.def(id);
        return switch (def) {
            case TypeDef.Composite c -> composite(types, c.fields(), depth);
            case TypeDef.VariantType v -> {
                Variant chosen = v.variants().stream().filter(x -> x.fields().isEmpty()).findFirst()
                        .orElse(v.variants().get(0));
                yield new EnumValue(chosen.name(), chosen.index(),
                        chosen.fields().isEmpty() ? null : composite(types, chosen.fields(), depth));
            }
            case TypeDef.Sequence s -> isU8(types, s.elementType()) ? new byte[0] : new ArrayList<>();
            case TypeDef.Array a -> {
                if (isU8(types, a.elementType())) {
                    yield new byte[(int) a.length()];
                }
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < a.length(); i++) {
                    items.add(zero(types, a.elementType(), depth + 1));
                }
                yield items;
            }
            case TypeDef.Tuple t -> {
                List<Object> items = new ArrayList<>();
                for (int f : t.fields()) {
                    items.add(zero(types, f, depth + 1));
                }
                yield items;
            }
            case TypeDef.PrimitiveType p -> switch (p.primitive()) {
                case BOOL -> false;
                case STR -> "";
                case CHAR -> "\0";
                default -> BigInteger.ZERO;
            };
            case TypeDef.Compact c -> BigInteger.ZERO;
            case TypeDef.BitSequence b -> new BitSequence(new BitSet(), 0);
        };
    }

    private static Object composite(PortableRegistry types, List<Field> fields, int depth) {
        if (fields.isEmpty()) {
            return new LinkedHashMap<String, Object>();
        }
        if (fields.size() == 1 && fields.get(0).name() == null) {
            return zero(types, fields.get(0).type(), depth + 1);
        }
        if (fields.get(0).name() == null) {
            List<Object> items = new ArrayList<>();
            for (Field f : fields) {
                items.add(zero(types, f.type(), depth + 1));
            }
            return items;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (Field f : fields) {
            map.put(f.name(), zero(types, f.type(), depth + 1));
        }
        return map;
    }

    private static boolean isU8(PortableRegistry types, int id) {
        return types.def(id) instanceof TypeDef.PrimitiveType p && p.primitive() == Primitive.U8;
    }
}
