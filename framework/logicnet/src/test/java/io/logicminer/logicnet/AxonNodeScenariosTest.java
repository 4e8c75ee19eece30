package io.logicminer.logicnet;

import static io.logicminer.logicnet.AxonFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.logicminer.bittensor.axon.AxonConfig;
import io.logicminer.bittensor.axon.AxonServer;
import io.logicminer.bittensor.crypto.Hex;
import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.bittensor.metagraph.FixedMetagraphSource;
import io.logicminer.bittensor.metagraph.Metagraph;
import io.logicminer.bittensor.metagraph.Neuron;
import io.logicminer.bittensor.policy.MinerPolicy;
import io.logicminer.bittensor.synapse.SynapseJson;
import io.logicminer.bittensor.verification.Sr25519RequestSigner;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every case of the issue, sent by a dendrite outside the JVM (src/test/node/scenarios.mjs: polkadot-js sr25519,
 * the SDK's header and body layout) to the Java axon, each answered with the SDK's status code. One Node process
 * runs all scenarios. Each accepted scenario signs with its own registered validator key, so one case's volume
 * never affects another's.
 */
class AxonNodeScenariosTest {

    /** Scenario name → mini secret of the key it signs with. */
    private final Map<String, String> secrets = new LinkedHashMap<>();
    private AxonServer axon;

    private static String secret(int n) {
        return "0x" + String.format("%02x", n).repeat(32);
    }

    private static Sr25519Keypair key(String secret) {
        return Sr25519Keypair.fromMiniSecret(Hex.decode(secret));
    }

    @BeforeEach
    void start() {
        List<Neuron> neurons = new ArrayList<>(AxonFixture.metagraph().neurons());
        String[] validators = {"valid", "information", "bad", "empty", "missing", "replay", "stale", "other-axon",
            "volume", "malformed", "12mib", "unknown-synapse"};
        int uid = 10;
        for (String name : validators) {
            secrets.put(name, secret(uid));
            neurons.add(new Neuron(uid, key(secret(uid)).ss58Address(), "", 20_000, true, true, null));
            uid++;
        }
        secrets.put("unknown-hotkey", secret(90));
        secrets.put("low-stake", secret(91));
        neurons.add(new Neuron(91, key(secret(91)).ss58Address(), "", 500, true, true, null));
        secrets.put("no-permit", secret(92));
        neurons.add(new Neuron(92, key(secret(92)).ss58Address(), "", 30_000, false, true, null));
        // epoch_volume 4: every validator's share is the minimum of 2 requests per interval.
        MinerPolicy policy = new MinerPolicy(10_000, true, 4, Duration.ofSeconds(600), 2, 80, "Logic");
        AxonConfig axonConfig = config().policy(policy).build();
        axon = AxonServer.builder().config(axonConfig).signer(new Sr25519RequestSigner(MINER))
            .metagraph(new FixedMetagraphSource(new Metagraph(35, 0, neurons)))
            .routes(LogicNetRoutes.of(axonConfig,
                (q, b, who) -> new LogicAnswer("uid " + who.uid() + " asked", "len " + q.question().length())))
            .start();
    }

    @AfterEach
    void stop() {
        axon.close();
    }

    private ObjectNode scenario(ArrayNode list, String id, String synapse) {
        ObjectNode s = list.addObject();
        s.put("id", id).put("miniSecret", secrets.get(id)).put("synapseName", synapse).put("timeout", 12)
            .put("signature", "valid");
        ObjectNode fields = s.putObject("fields");
        if (synapse.equals("Information")) {
            fields.putObject("request_dict");
            fields.putObject("response_dict");
        } else {
            fields.put("logic_question", "What is 6*7?").put("logic_answer", "").put("logic_reasoning", "")
                .put("raw_logic_question", "").putNull("ground_truth_answer").put("category", "Logic")
                .put("task_uid", id);
        }
        return s;
    }

    @Test
    void everyCaseGetsTheSdkStatusFromANodeDendrite() throws Exception {
        ObjectNode input = SynapseJson.mapper().createObjectNode();
        input.put("axonIp", "127.0.0.1").put("axonPort", axon.port()).put("axonHotkey", MINER.ss58Address());
        ArrayNode list = input.putArray("scenarios");
        scenario(list, "valid", "LogicSynapse");
        scenario(list, "information", "Information");
        scenario(list, "bad", "LogicSynapse").put("signature", "bad");
        scenario(list, "empty", "LogicSynapse").put("signature", "empty");
        scenario(list, "missing", "LogicSynapse").put("signature", "missing");
        scenario(list, "replay", "LogicSynapse").put("sends", 2);
        scenario(list, "stale", "LogicSynapse").put("nonceAgeSeconds", 120);
        scenario(list, "other-axon", "LogicSynapse").put("signForHotkey", RICH.ss58Address());
        scenario(list, "unknown-hotkey", "LogicSynapse");
        scenario(list, "low-stake", "LogicSynapse");
        scenario(list, "no-permit", "LogicSynapse");
        scenario(list, "volume", "LogicSynapse").put("sends", 3).put("fresh", true);
        scenario(list, "malformed", "LogicSynapse").put("rawBody", "{not json");
        scenario(list, "12mib", "LogicSynapse").put("bodyBytes", 12 * 1024 * 1024);
        scenario(list, "unknown-synapse", "Nope");

        Map<String, JsonNode> results = runNode(input);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("valid", "[200]");
        expected.put("information", "[200]");
        expected.put("bad", "[401]");
        expected.put("empty", "[401]");
        expected.put("missing", "[401]");
        expected.put("replay", "[200,401]");
        expected.put("stale", "[401]");
        expected.put("other-axon", "[401]");
        expected.put("unknown-hotkey", "[403]");
        expected.put("low-stake", "[403]");
        expected.put("no-permit", "[403]");
        expected.put("volume", "[200,200,403]");
        expected.put("malformed", "[422]");
        expected.put("12mib", "[413]");
        expected.put("unknown-synapse", "[404]");
        StringBuilder mismatches = new StringBuilder();
        expected.forEach((id, statuses) -> {
            JsonNode result = results.get(id);
            if (result == null || !statuses.equals(result.get("statuses").toString())) {
                mismatches.append(id).append(": expected ").append(statuses).append(" got ").append(result)
                    .append('\n');
            }
        });
        assertEquals("", mismatches.toString());

        JsonNode valid = results.get("valid").get("body");
        assertEquals("len 12", valid.get("logic_answer").asText());
        assertEquals("uid 10 asked", valid.get("logic_reasoning").asText());
        assertEquals(key(secrets.get("valid")).ss58Address(), results.get("valid").get("hotkey").asText(),
            "polkadot-js and Java derive the same address from the same mini secret");
        assertEquals(4, results.get("information").get("body").get("response_dict").get("epoch_volume").asInt());
        assertTrue(results.get("empty").get("messages").get(0).asText().toLowerCase().contains("signature"),
            results.get("empty").toString());
    }

    private Map<String, JsonNode> runNode(ObjectNode input) throws Exception {
        JsonNode out = NodeScript.run("scenarios.mjs", input);
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (JsonNode result : out) {
            byId.put(result.get("id").asText(), result);
        }
        return byId;
    }
}
