package io.logicminer.subtensor.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.subtensor.Canonical;
import io.logicminer.subtensor.PolkadotTypes;
import io.logicminer.subtensor.TestResources;
import io.logicminer.subtensor.extrinsic.Era;
import io.logicminer.subtensor.extrinsic.ServeAxonCall;
import io.logicminer.subtensor.metadata.RuntimeMetadata;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dynamic codec against polkadot-js on finney's metadata: runtime API outputs encoded by polkadot-js from JSON
 * decode identically here (canonical JSON compared) and re-encode to the same bytes; values encoded here decode in
 * polkadot-js to the same canonical form and re-encode to the same bytes.
 */
class CodecInteropTest {

    private static final HexFormat HEX = HexFormat.of();
    private static Path finneyFile;
    private final RuntimeMetadata md = TestResources.finney();

    @BeforeAll
    static void writeMetadata() throws Exception {
        finneyFile = Files.createTempFile("finney", ".scale");
        Files.write(finneyFile, TestResources.finneyBytes());
    }

    @AfterAll
    static void deleteMetadata() throws Exception {
        Files.deleteIfExists(finneyFile);
    }

    @Test
    void runtimeApiOutputsEncodedByPolkadotJsDecodeIdentically() throws Exception {
        RuntimeApiCall neurons = RuntimeApiCall.of(md, "NeuronInfoRuntimeApi", "get_neurons_lite");
        RuntimeApiCall subnetState = RuntimeApiCall.of(md, "SubnetInfoRuntimeApi", "get_subnet_state");
        JsonNode neuronsJson = PolkadotTypes.JSON.readTree(TestResources.bytes("neurons-lite.json"));
        JsonNode stateJson = PolkadotTypes.JSON.readTree(TestResources.bytes("subnet-state.json"));
        List<ObjectNode> requests = List.of(
            encodeRequest(neurons.method().outputType(), neuronsJson),
            encodeRequest(subnetState.method().outputType(), stateJson),
            encodeRequest(subnetState.method().outputType(), PolkadotTypes.JSON.nullNode()));
        List<JsonNode> answers = PolkadotTypes.run(requests);
        List<RuntimeApiCall> calls = List.of(neurons, subnetState, subnetState);
        List<Object> decoded = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            byte[] bytes = hex(answers.get(i).get("hex").asText());
            Object value = calls.get(i).decodeOutput(bytes);
            assertEquals(answers.get(i).get("canonical"), Canonical.of(value), "request " + i);
            assertArrayEquals(bytes, ValueEncoder.encode(md.types(), calls.get(i).method().outputType(), value));
            decoded.add(value);
        }
        // the values are the ones in the JSON, in the value model's shapes
        List<Object> list = Values.list(decoded.get(0));
        assertEquals(2, list.size());
        Object first = list.get(0);
        assertArrayEquals(Sr25519Keypair.fromUri("//Alice").publicKeyBytes(), Values.accountId(Values.field(first,
            "hotkey")));
        assertEquals(8091, Values.intValue(Values.field(first, "axon_info", "port")));
        assertEquals(new BigInteger("18446744073709551615"),
            Values.list(Values.list(Values.field(first, "stake")).get(0)).get(1));
        assertEquals(new BigInteger("42540766411282592856903984951653826561"),
            Values.field(list.get(1), "axon_info", "ip"));
        Object state = Values.optional(decoded.get(1));
        assertEquals(List.of(true, false), Values.field(state, "active"));
        assertEquals(3, Values.list(Values.field(state, "emission_history")).size());
        assertEquals(null, Values.optional(decoded.get(2)));
    }

    @Test
    void valuesEncodedHereDecodeIdenticallyInPolkadotJs() throws Exception {
        Map<Integer, Object> values = new LinkedHashMap<>();
        int axonInfo = md.storageEntry("SubtensorModule", "Axons").valueType();
        ServeAxonCall axon = ServeAxonCall.of(35, InetAddress.getByName("2001:db8::7"), 443);
        Map<String, Object> info = new LinkedHashMap<>(axon.toArgs());
        info.remove("netuid");
        Map<String, Object> withBlock = new LinkedHashMap<>();
        withBlock.put("block", new BigInteger("18446744073709551615"));
        withBlock.putAll(info);
        values.put(axonInfo, withBlock);
        values.put(md.outerEnums().callType(),
            EnumValue.of("SubtensorModule", EnumValue.of("serve_axon", axon.toArgs())));
        values.put(md.runtimeApiMethod("SubnetInfoRuntimeApi", "get_coldkey_auto_stake_hotkey").outputType(),
            Values.some(Sr25519Keypair.fromUri("//Bob").publicKeyBytes()));
        values.put(md.extrinsic().addressType(), EnumValue.of("Id", Sr25519Keypair.fromUri("//Bob").publicKeyBytes()));
        int checkMortality = md.transactionExtensions().get(4).type();
        values.put(checkMortality, ValueDecoder.decodeAll(md.types(), checkMortality, Era.mortal(64, 4_920_117).encode()));
        int applyExtrinsic = md.runtimeApiMethod("BlockBuilder", "apply_extrinsic").outputType();
        values.put(applyExtrinsic, EnumValue.of("Ok", EnumValue.of("Err", EnumValue.of("Module",
            Map.of("index", 7, "error", new byte[] {12, 0, 0, 0})))));
        int validate = md.runtimeApiMethod("TaggedTransactionQueue", "validate_transaction").outputType();
        Map<Integer, Object> more = new LinkedHashMap<>();
        more.put(validate, EnumValue.of("Err", EnumValue.of("Invalid", EnumValue.of("Custom", 12))));
        int subnetState = md.runtimeApiMethod("SubnetInfoRuntimeApi", "get_subnet_state").outputType();
        List<Object> both = new ArrayList<>();
        values.forEach((type, value) -> both.add(List.of(type, value)));
        more.forEach((type, value) -> both.add(List.of(type, value)));
        both.add(List.of(subnetState, Values.none()));

        List<ObjectNode> requests = new ArrayList<>();
        List<byte[]> encoded = new ArrayList<>();
        for (Object pair : both) {
            int type = (Integer) ((List<?>) pair).get(0);
            byte[] bytes = ValueEncoder.encode(md.types(), type, ((List<?>) pair).get(1));
            encoded.add(bytes);
            requests.add(PolkadotTypes.request("decode").put("metadata", finneyFile.toString()).put("type", type)
                .put("hex", "0x" + HEX.formatHex(bytes)));
        }
        List<JsonNode> answers = PolkadotTypes.run(requests);
        for (int i = 0; i < answers.size(); i++) {
            int type = (Integer) ((List<?>) both.get(i)).get(0);
            byte[] bytes = encoded.get(i);
            String what = md.types().describe(type);
            if (type == checkMortality) {
                // polkadot-js reads Substrate's Era as its own MortalEra(period, phase), not as the Mortal<N> enum
                Era era = Era.mortal(64, 4_920_117);
                assertEquals(PolkadotTypes.JSON.readTree("{\"variant\":\"MortalEra\",\"index\":1,\"value\":[\""
                    + era.period() + "\",\"" + era.phase() + "\"]}"), answers.get(i).get("canonical"), what);
            } else {
                assertEquals(Canonical.of(ValueDecoder.decodeAll(md.types(), type, bytes)),
                    answers.get(i).get("canonical"), what);
            }
            assertEquals("0x" + HEX.formatHex(bytes), answers.get(i).get("reencoded").asText(), what);
            assertEquals(bytes.length, answers.get(i).get("consumed").asInt(), what);
        }
    }

    private static ObjectNode encodeRequest(int type, JsonNode value) {
        ObjectNode r = PolkadotTypes.request("encode").put("metadata", finneyFile.toString()).put("type", type);
        r.set("value", value);
        return r;
    }

    private static byte[] hex(String prefixed) {
        return HEX.parseHex(prefixed.substring(2));
    }
}
