package io.logicminer.subtensor.metadata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.logicminer.subtensor.PolkadotTypes;
import io.logicminer.subtensor.TestResources;
import io.logicminer.subtensor.TypesSupportMetadata;
import io.logicminer.subtensor.codec.ValueDecoder;
import io.logicminer.subtensor.codec.ValueEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real metadata of several chains and versions (finney V16; polkadot, kusama and substrate V14/V15 and substrate V16
 * from @polkadot/types-support) decoded here and by polkadot-js: every type, pallet, storage entry (with its default),
 * constant (with its value), call/event/error variant (with docs), transaction extension and runtime API must agree.
 * Then every storage default and constant of each must round-trip through the dynamic codec.
 */
class MetadataInteropTest {

    static final List<String> TYPES_SUPPORT = List.of("v14/polkadot", "v14/kusama", "v14/substrate",
        "v15/polkadot", "v15/kusama", "v15/substrate", "v16/substrate");

    private static final Map<String, RuntimeMetadata> JAVA = new LinkedHashMap<>();
    private static final Map<String, JsonNode> POLKADOT_JS = new LinkedHashMap<>();

    @BeforeAll
    static void decodeBothSides() throws Exception {
        List<ObjectNode> requests = new ArrayList<>();
        Path finney = Files.createTempFile("finney", ".scale");
        Files.write(finney, TestResources.finneyBytes());
        JAVA.put("finney", TestResources.finney());
        requests.add(PolkadotTypes.request("summary").put("metadata", finney.toString()));
        for (String name : TYPES_SUPPORT) {
            JAVA.put(name, RuntimeMetadata.decode(TypesSupportMetadata.bytes(name)));
            requests.add(PolkadotTypes.request("summary").put("metadata", "types-support:" + name));
        }
        List<JsonNode> answers = PolkadotTypes.run(requests);
        int i = 0;
        for (String name : JAVA.keySet()) {
            POLKADOT_JS.put(name, answers.get(i++));
        }
        Files.delete(finney);
    }

    @Test
    void versionsAreTheOnesClaimed() {
        assertEquals(16, JAVA.get("finney").version());
        for (String name : TYPES_SUPPORT) {
            RuntimeMetadata md = JAVA.get(name);
            assertEquals(Integer.parseInt(name.substring(1, 3)), md.version(), name);
            // V14 names the address/call/signature types only as UncheckedExtrinsic's type parameters
            assertEquals("MultiAddress", md.types().get(md.extrinsic().addressType()).simpleName(), name);
            assertEquals("MultiSignature", md.types().get(md.extrinsic().signatureType()).simpleName(), name);
            assertEquals("RuntimeCall", md.types().get(md.extrinsic().callType()).simpleName(), name);
            assertEquals(md.extrinsic().extensions(), md.transactionExtensions(), name);
        }
    }

    @Test
    void everythingAgreesWithPolkadotJs() {
        for (Map.Entry<String, RuntimeMetadata> e : JAVA.entrySet()) {
            String name = e.getKey();
            RuntimeMetadata md = e.getValue();
            JsonNode js = POLKADOT_JS.get(name);
            assertEquals(js.get("version").asInt(), md.version(), name);
            assertSameList(name + " types", strings(js.get("types")), typeSignatures(md));
            assertSameList(name + " extensions", strings(js.get("extensions")), md.extrinsic().extensions().stream()
                .map(x -> x.identifier() + ":" + x.type() + ":" + x.implicitType()).toList());
            assertSameList(name + " runtime APIs", strings(js.get("apis")), md.apis().stream()
                .map(MetadataInteropTest::apiSignature).toList());
            JsonNode pallets = js.get("pallets");
            assertEquals(pallets.size(), md.pallets().size(), name + " pallet count");
            for (int i = 0; i < pallets.size(); i++) {
                JsonNode p = pallets.get(i);
                PalletMetadata pm = md.pallets().get(i);
                String where = name + " pallet " + pm.name();
                assertEquals(p.get("name").asText(), pm.name(), where);
                assertEquals(p.get("index").asInt(), pm.index(), where);
                assertEquals(nullableStrings(p.get("calls")), variants(md, pm.callType()), where + " calls");
                assertEquals(nullableStrings(p.get("events")), variants(md, pm.eventType()), where + " events");
                assertEquals(nullableStrings(p.get("errors")), variants(md, pm.errorType()), where + " errors");
                assertSameList(where + " storage", strings(p.get("storage")), pm.storage().stream()
                    .map(MetadataInteropTest::storageSignature).toList());
                assertSameList(where + " constants", strings(p.get("constants")), pm.constants().stream()
                    .map(c -> c.name() + ":" + c.type() + ":0x" + HexFormat.of().formatHex(c.value())).toList());
                assertEquals(p.get("docs").asInt(), String.join("\n", pm.docs()).length(), where + " docs");
            }
        }
    }

    @Test
    void storageDefaultsAndConstantsRoundTripOnEveryChain() {
        for (Map.Entry<String, RuntimeMetadata> e : JAVA.entrySet()) {
            RuntimeMetadata md = e.getValue();
            int checked = 0;
            for (PalletMetadata pallet : md.pallets()) {
                for (StorageEntryMetadata entry : pallet.storage()) {
                    if (!entry.optional()) {
                        roundTrip(md, entry.valueType(), entry.defaultValue(),
                            e.getKey() + " " + pallet.name() + "." + entry.name());
                        checked++;
                    }
                }
                for (ConstantMetadata c : pallet.constants()) {
                    roundTrip(md, c.type(), c.value(), e.getKey() + " " + pallet.name() + "::" + c.name());
                    checked++;
                }
            }
            if (checked < 100) {
                fail(e.getKey() + ": only " + checked + " values checked");
            }
        }
    }

    private static void roundTrip(RuntimeMetadata md, int type, byte[] bytes, String what) {
        Object value;
        try {
            value = ValueDecoder.decodeAll(md.types(), type, bytes);
        } catch (RuntimeException ex) {
            throw new AssertionError(what + " (" + md.types().describe(type) + ") failed to decode: " + ex.getMessage(),
                ex);
        }
        assertArrayEquals(bytes, ValueEncoder.encode(md.types(), type, value), what);
    }

    static List<String> typeSignatures(RuntimeMetadata md) {
        List<String> out = new ArrayList<>();
        for (PortableType t : md.types().types()) {
            String params = t.params().stream().map(p -> p.name() + "=" + (p.type() == null ? "-" : p.type()))
                .collect(Collectors.joining(","));
            String body = switch (t.def()) {
                case TypeDef.Composite c -> "C(" + fields(c.fields()) + ")";
                case TypeDef.VariantType v -> "V(" + v.variants().stream()
                    .map(x -> x.name() + "#" + x.index() + "(" + fields(x.fields()) + ")")
                    .collect(Collectors.joining(",")) + ")";
                case TypeDef.Sequence s -> "S" + s.elementType();
                case TypeDef.Array a -> "A" + a.length() + ";" + a.elementType();
                case TypeDef.Tuple tu -> "T(" + tu.fields().stream().map(String::valueOf)
                    .collect(Collectors.joining(",")) + ")";
                case TypeDef.PrimitiveType p -> "P" + p.primitive().rustName();
                case TypeDef.Compact c -> "K" + c.type();
                case TypeDef.BitSequence b -> "B" + b.storeType() + "," + b.orderType();
            };
            out.add(t.id() + "|" + t.pathString() + "<" + params + ">|" + body + "|"
                + String.join("\n", t.docs()).length());
        }
        return out;
    }

    private static String fields(List<Field> fields) {
        return fields.stream().map(f -> (f.name() == null ? "_" : f.name()) + ":" + f.type())
            .collect(Collectors.joining(","));
    }

    private static List<String> variants(RuntimeMetadata md, Integer type) {
        if (type == null) {
            return null;
        }
        return ((TypeDef.VariantType) md.types().def(type)).variants().stream()
            .map(v -> v.index() + ":" + v.name() + ":" + String.join("\n", v.docs()).length()).toList();
    }

    private static String storageSignature(StorageEntryMetadata s) {
        String type = s.isMap()
            ? s.hashers().stream().map(MetadataInteropTest::hasherName).collect(Collectors.joining("+")) + "/"
                + s.keyType() + "/" + s.valueType()
            : String.valueOf(s.valueType());
        return s.palletPrefix() + "." + s.name() + ":" + (s.optional() ? "Optional" : "Default") + ":" + type + ":0x"
            + HexFormat.of().formatHex(s.defaultValue());
    }

    private static String hasherName(StorageHasher h) {
        return switch (h) {
            case BLAKE2_128 -> "Blake2_128";
            case BLAKE2_256 -> "Blake2_256";
            case BLAKE2_128_CONCAT -> "Blake2_128Concat";
            case TWOX_128 -> "Twox128";
            case TWOX_256 -> "Twox256";
            case TWOX_64_CONCAT -> "Twox64Concat";
            case IDENTITY -> "Identity";
        };
    }

    private static String apiSignature(RuntimeApiMetadata a) {
        return a.name() + "[" + a.methods().stream().map(m -> m.name() + "(" + m.inputs().stream()
            .map(i -> i.name() + ":" + i.type()).collect(Collectors.joining(",")) + ")->" + m.outputType())
            .collect(Collectors.joining(";")) + "]";
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> nullableStrings(JsonNode array) {
        return array == null || array.isNull() ? null : strings(array);
    }

    private static void assertSameList(String what, List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                fail(what + " differ at " + i + ":\n polkadot-js: " + expected.get(i) + "\n java:        "
                    + actual.get(i));
            }
        }
        assertEquals(expected.size(), actual.size(), what + " count");
    }
}
