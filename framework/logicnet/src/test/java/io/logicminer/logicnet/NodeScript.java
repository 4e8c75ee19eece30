package io.logicminer.logicnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.logicminer.bittensor.synapse.SynapseJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs a script of src/test/node with JSON on stdin and parses its JSON output; fails clearly without Node. */
final class NodeScript {

    static final Path NODE_DIR = Path.of("src", "test", "node").toAbsolutePath();

    private NodeScript() {
    }

    static JsonNode run(String script, JsonNode input) throws Exception {
        if (!Files.isDirectory(NODE_DIR.resolve("node_modules/@polkadot/util-crypto"))) {
            fail("polkadot-js packages are missing in " + NODE_DIR.resolve("node_modules") + ": run `npm ci` there"
                + " (./mvnw generate-test-resources does it; it needs the npm registry or a warm npm cache)");
        }
        Process process;
        try {
            process = new ProcessBuilder("node", script).directory(NODE_DIR.toFile()).start();
        } catch (IOException e) {
            fail("cannot start `node` (" + e.getMessage() + "): this test needs Node.js 18+ on the PATH");
            throw e;
        }
        try (OutputStream in = process.getOutputStream()) {
            in.write(SynapseJson.mapper().writeValueAsBytes(input));
        }
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "node " + script + " did not finish");
        assertEquals(0, process.exitValue(), "node " + script + " failed: " + err);
        return SynapseJson.mapper().readTree(out);
    }
}
