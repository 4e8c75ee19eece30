package io.logicminer.bittensor.synapse;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.logicminer.bittensor.testing.EchoSynapse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generic wire rules: body hash over required fields, Python's str(), header errors (LogicNet's synapse in
 * logicminer-logicnet's LogicSynapseWireTest). */
class SynapseWireTest {

    @Test
    void bodyHashOfSynapsesWithoutRequiredFieldsIsSha3OfEmptyString() {
        assertEquals(BodyHash.sha3Hex(""), BodyHash.EMPTY);
        assertEquals(BodyHash.EMPTY, EchoSynapse.of("q", 12).bodyHash());
    }

    @Test
    void bodyHashOverRequiredFieldsHashesEachStrThenTheConcatenation() {
        SynapseKind kind = new SynapseKind("Hashed", java.util.List.of(
            new SynapseField("text", FieldType.STRING, SynapseKind.nodes().textNode("")),
            new SynapseField("n", FieldType.ANY, SynapseKind.nodes().numberNode(0))),
            java.util.List.of("text", "n"), false, 12.0);
        Synapse synapse = Synapse.empty(kind).withField("text", SynapseKind.nodes().textNode("hi"))
            .withField("n", SynapseKind.nodes().numberNode(1.5));
        assertEquals(BodyHash.sha3Hex(BodyHash.sha3Hex("hi") + BodyHash.sha3Hex("1.5")), synapse.bodyHash());
    }


    @Test
    void pythonStrMatchesPython() {
        assertEquals("12.0", PythonStr.ofFloat(12.0));
        assertEquals("1e-05", PythonStr.ofFloat(0.00001));
        assertEquals("1e+16", PythonStr.ofFloat(1e16));
        assertEquals("0.1", PythonStr.ofFloat(0.1));
        JsonNode dict = SynapseJson.mapper().createObjectNode().put("a", "it's").put("b", true).putNull("c");
        assertEquals("{'a': \"it's\", 'b': True, 'c': None}", PythonStr.of(dict));
    }


    @Test
    void badHeaderValueNamesTheHeader() {
        SynapseFormatException e = assertThrows(SynapseFormatException.class,
            () -> SynapseHeaders.fromHeaders(EchoSynapse.KIND, Map.of("bt_header_dendrite_nonce", "abc")));
        assertEquals(SynapseFormatException.Part.HEADER, e.part());
        assertTrue(e.getMessage().contains("bt_header_dendrite_nonce"));
    }
}
