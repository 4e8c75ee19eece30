package io.logicminer.logicnet;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.logicminer.bittensor.synapse.BodyHash;
import io.logicminer.bittensor.synapse.FieldType;
import io.logicminer.bittensor.synapse.Synapse;
import io.logicminer.bittensor.synapse.SynapseField;
import io.logicminer.bittensor.synapse.SynapseFormatException;
import io.logicminer.bittensor.synapse.SynapseHeaders;
import io.logicminer.bittensor.synapse.SynapseJson;
import io.logicminer.bittensor.synapse.SynapseKind;
import io.logicminer.bittensor.synapse.TerminalInfo;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * LogicNet's synapse on the wire: its empty body hash, {@code int} timeout, {@code Union[str, object]} answer and the
 * SDK's {@code model_dump()} layout (the generic wire rules are tested in logicminer-bittensor's SynapseWireTest).
 */
class LogicSynapseWireTest {

    @Test
    void bodyHashOfSynapsesWithoutRequiredFieldsIsSha3OfEmptyString() {
        assertEquals(BodyHash.sha3Hex(""), BodyHash.EMPTY);
        assertEquals(BodyHash.EMPTY, LogicSynapse.question("q", "Logic", 64, "t").toSynapse().bodyHash());
    }

    @Test
    void headersRoundTripAndUseTheSdkNames() throws Exception {
        Synapse synapse = LogicSynapse.question("q", "Logic", 64, "t").toSynapse().withName("LogicSynapse")
            .withDendrite(new TerminalInfo(null, null, null, "1.2.3.4", null, 9_000_000L, 123L, "u", "5Hot", "0xab"))
            .withAxon(new TerminalInfo(200, "Success", 0.5, "5.6.7.8", 8091, null, null, null, "5Ax", null));
        Map<String, String> headers = SynapseHeaders.toHeaders(synapse);
        assertEquals("64", headers.get("timeout"));
        assertEquals("123", headers.get("bt_header_dendrite_nonce"));
        assertEquals("0.5", headers.get("bt_header_axon_process_time"));
        assertEquals(BodyHash.EMPTY, headers.get("computed_body_hash"));
        assertFalse(headers.containsKey("bt_header_axon_nonce"), "absent fields are not sent");
        Synapse back = SynapseHeaders.fromHeaders(LogicSynapse.KIND, headers);
        assertEquals(synapse.dendrite(), back.dendrite());
        assertEquals(synapse.axon(), back.axon());
        assertEquals(64.0, back.timeout());
    }

    /**
     * The SDK's {@code model_dump()} layout written out independently as a tree: base fields, the two terminals with
     * every field (null when unset), the body hash, then the kind's fields in declaration order.
     */
    private static com.fasterxml.jackson.databind.node.ObjectNode modelDumpTree(Synapse synapse) {
        com.fasterxml.jackson.databind.node.ObjectNode out = SynapseJson.mapper().createObjectNode();
        out.put("name", synapse.name());
        if (synapse.timeout() == null) {
            out.putNull("timeout");
        } else if (synapse.kind().integerTimeout()) {
            out.put("timeout", (long) Math.floor(synapse.timeout()));
        } else {
            out.put("timeout", synapse.timeout());
        }
        out.put("total_size", synapse.totalSize());
        out.put("header_size", synapse.headerSize());
        out.set("dendrite", terminalTree(synapse.dendrite()));
        out.set("axon", terminalTree(synapse.axon()));
        out.put("computed_body_hash", synapse.computedBodyHash());
        for (SynapseField field : synapse.kind().fields()) {
            out.set(field.name(), synapse.fields().get(field.name()).deepCopy());
        }
        return out;
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode terminalTree(TerminalInfo info) {
        com.fasterxml.jackson.databind.node.ObjectNode out = SynapseJson.mapper().createObjectNode();
        out.put("status_code", info.statusCode());
        out.put("status_message", info.statusMessage());
        out.put("process_time", info.processTime());
        out.put("ip", info.ip());
        out.put("port", info.port());
        out.put("version", info.version());
        out.put("nonce", info.nonce());
        out.put("uuid", info.uuid());
        out.put("hotkey", info.hotkey());
        out.put("signature", info.signature());
        return out;
    }

    /** The streaming serialiser writes exactly the bytes of the model_dump tree. */
    @Test
    void streamedBodyEqualsTheTreesSerialisation() throws Exception {
        Synapse question = LogicSynapse.question("What is 2+2? \"quoted\" ünïcode", "Logic", 64, "t").toSynapse();
        Synapse answered = LogicSynapse.answered(question.withName("LogicSynapse")
                .withDendrite(new TerminalInfo(null, null, null, "1.2.3.4", null, 9_000_000L, 123L, "u", "5Hot", "0xab"))
                .withAxon(new TerminalInfo(200, "Success", 0.0123, "5.6.7.8", 8091, 1L, 2L, "v", "5Ax", "0xcd")),
            "step 1\nstep 2", "4");
        SynapseKind floatTimeout = new SynapseKind("Floaty", java.util.List.of(
            new SynapseField("n", FieldType.ANY, JsonNodeFactory.instance.numberNode(1.5))), java.util.List.of(), false, 12.5);
        for (Synapse synapse : java.util.List.of(question, answered, Synapse.empty(floatTimeout),
            Synapse.empty(floatTimeout).withField("n", SynapseJson.mapper().createObjectNode().put("x", 1e-7)))) {
            assertArrayEquals(SynapseJson.mapper().writeValueAsBytes(modelDumpTree(synapse)),
                SynapseJson.toBytes(synapse), synapse.toString());
        }
    }

    @Test
    void badHeaderValueNamesTheHeader() {
        SynapseFormatException e = assertThrows(SynapseFormatException.class,
            () -> SynapseHeaders.fromHeaders(LogicSynapse.KIND, Map.of("bt_header_dendrite_nonce", "abc")));
        assertEquals(SynapseFormatException.Part.HEADER, e.part());
        assertTrue(e.getMessage().contains("bt_header_dendrite_nonce"));
    }

    @Test
    void bodyParsingIsLaxLikePydanticButTyped() throws Exception {
        Synapse parsed = SynapseJson.fromBytes(LogicSynapse.KIND,
            "{\"logic_question\":\"q\",\"timeout\":\"30\",\"extra\":1,\"logic_answer\":{\"x\":1}}"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(30.0, parsed.timeout());
        assertEquals("", parsed.field("category").asText(), "missing fields take defaults");
        assertTrue(parsed.field("logic_answer").isObject(), "logic_answer is Union[str, object]");
        SynapseFormatException e = assertThrows(SynapseFormatException.class, () -> SynapseJson.fromBytes(
            LogicSynapse.KIND, "{\"timeout\": 12.5}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(SynapseFormatException.Part.BODY_FIELDS, e.part());
        assertEquals(SynapseFormatException.Part.BODY_SYNTAX, assertThrows(SynapseFormatException.class,
            () -> SynapseJson.fromBytes(LogicSynapse.KIND, "[".getBytes(StandardCharsets.UTF_8))).part());
    }

    @Test
    void jsonRoundTripKeepsEveryField() throws Exception {
        Synapse synapse = LogicSynapse.question("q", "Logic", 64, "t").toSynapse();
        Synapse back = SynapseJson.fromBytes(LogicSynapse.KIND, SynapseJson.toBytes(synapse));
        assertEquals(SynapseJson.toJson(synapse), SynapseJson.toJson(back));
    }
}
