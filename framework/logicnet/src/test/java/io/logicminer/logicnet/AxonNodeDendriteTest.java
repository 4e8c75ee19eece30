package io.logicminer.logicnet;

import static io.logicminer.logicnet.AxonFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.logicminer.bittensor.axon.AxonConfig;
import io.logicminer.bittensor.axon.AxonServer;
import io.logicminer.bittensor.crypto.Hex;
import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.bittensor.metagraph.FixedMetagraphSource;
import io.logicminer.bittensor.metagraph.Metagraph;
import io.logicminer.bittensor.metagraph.Neuron;
import io.logicminer.bittensor.synapse.SynapseJson;
import io.logicminer.bittensor.verification.Sr25519RequestSigner;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A dendrite outside the JVM (src/test/node/dendrite.mjs: polkadot-js sr25519, the SDK's header and body layout)
 * against the Java axon. Node and the npm packages are required: a missing one fails the test with instructions.
 */
class AxonNodeDendriteTest {

    private static final String SEED = "0x" + "4e".repeat(32);
    private static final Sr25519Keypair NODE_KEY = Sr25519Keypair.fromMiniSecret(Hex.decode(SEED));

    private AxonServer axon;

    @BeforeEach
    void start() {
        List<Neuron> neurons = new ArrayList<>(AxonFixture.metagraph().neurons());
        neurons.add(new Neuron(9, NODE_KEY.ss58Address(), "", 30_000, true, true, null));
        AxonConfig axonConfig = config().build();
        axon = AxonServer.builder().config(axonConfig).signer(new Sr25519RequestSigner(MINER))
            .metagraph(new FixedMetagraphSource(new Metagraph(35, 0, neurons)))
            .routes(LogicNetRoutes.of(axonConfig,
                (q, b, who) -> new LogicAnswer("node asked uid " + who.uid(), q.question().length() + "")))
            .start();
    }

    @AfterEach
    void stop() {
        axon.close();
    }

    private JsonNode runNode(String synapseName, ObjectNode fields, boolean omitSignature) throws Exception {
        ObjectNode input = SynapseJson.mapper().createObjectNode();
        input.put("axonIp", "127.0.0.1").put("axonPort", axon.port()).put("axonHotkey", MINER.ss58Address())
            .put("miniSecret", SEED).put("synapseName", synapseName).put("timeout", 30)
            .put("omitSignature", omitSignature).set("fields", fields);
        JsonNode result = NodeScript.run("dendrite.mjs", input);
        assertEquals(NODE_KEY.ss58Address(), result.get("hotkey").asText(), "same key in Java and polkadot-js");
        return result;
    }

    @Test
    void logicSynapseSignedByPolkadotJsIsAnswered() throws Exception {
        ObjectNode fields = SynapseJson.mapper().createObjectNode();
        fields.put("logic_question", "Find x: 2x = 10").put("logic_answer", "").put("logic_reasoning", "")
            .put("raw_logic_question", "").putNull("ground_truth_answer").put("category", "Logic")
            .put("task_uid", "t-1");
        JsonNode result = runNode("LogicSynapse", fields, false);
        assertEquals(200, result.get("status").asInt(), result.toString());
        assertEquals("15", result.get("body").get("logic_answer").asText());
        assertEquals("node asked uid 9", result.get("body").get("logic_reasoning").asText());
        assertEquals("200", result.get("headers").get("bt_header_axon_status_code").asText());
    }

    @Test
    void informationFromNodeIsAnsweredAndUnsignedIsRejected() throws Exception {
        ObjectNode fields = SynapseJson.mapper().createObjectNode();
        fields.putObject("request_dict");
        fields.putObject("response_dict");
        JsonNode result = runNode("Information", fields, false);
        assertEquals(200, result.get("status").asInt(), result.toString());
        assertEquals(50, result.get("body").get("response_dict").get("epoch_volume").asInt());
        JsonNode unsigned = runNode("Information", fields, true);
        assertEquals(401, unsigned.get("status").asInt(), unsigned.toString());
    }
}
