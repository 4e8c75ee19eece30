package io.logicminer.subtensor;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code src/test/node/interop.mjs} (polkadot-js {@code @polkadot/types}, installed by {@code npm ci} in the
 * generate-test-resources phase) on a batch of JSON requests, one per line. Missing Node or packages fail the calling
 * test with instructions: interop is a required check, never skipped. Same approach as bittensor-crypto's
 * {@code PolkadotJs}.
 */
public final class PolkadotTypes {

    public static final Path NODE_DIR = Path.of("src", "test", "node").toAbsolutePath();
    public static final ObjectMapper JSON = new ObjectMapper();

    private PolkadotTypes() {
    }

    public static ObjectNode request(String op) {
        return JSON.createObjectNode().put("op", op);
    }

    /** Sends the requests and returns each answer; an answer that is not {@code ok} fails the test. */
    public static List<JsonNode> run(List<ObjectNode> requests) {
        if (!Files.isDirectory(NODE_DIR.resolve("node_modules").resolve("@polkadot").resolve("types"))) {
            fail("polkadot-js packages are missing in " + NODE_DIR.resolve("node_modules")
                + ": run `npm ci` there (./mvnw generate-test-resources does it; needs the npm registry)");
        }
        Process process;
        try {
            process = new ProcessBuilder("node", "interop.mjs").directory(NODE_DIR.toFile()).start();
        } catch (IOException e) {
            fail("cannot start `node` (" + e.getMessage() + "): the subtensor interop tests need Node.js 18+ on "
                + "the PATH");
            throw new AssertionError(e);
        }
        try {
            CompletableFuture<byte[]> stdout = readAsync(process.getInputStream());
            CompletableFuture<byte[]> stderr = readAsync(process.getErrorStream());
            try (OutputStream in = process.getOutputStream()) {
                for (ObjectNode r : requests) {
                    in.write((JSON.writeValueAsString(r) + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("node interop.mjs did not finish within 180 s");
            }
            String out = new String(stdout.get(), StandardCharsets.UTF_8);
            String err = new String(stderr.get(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                fail("node interop.mjs exited with " + process.exitValue() + ": " + err);
            }
            List<JsonNode> answers = new ArrayList<>();
            for (String line : out.strip().split("\n")) {
                if (!line.isBlank()) {
                    answers.add(JSON.readTree(line));
                }
            }
            if (answers.size() != requests.size()) {
                fail("node answered " + answers.size() + " lines for " + requests.size() + " requests: " + err);
            }
            for (int i = 0; i < answers.size(); i++) {
                if (!answers.get(i).path("ok").asBoolean()) {
                    String req = JSON.writeValueAsString(requests.get(i));
                    fail("polkadot-js failed on request " + (req.length() > 300 ? req.substring(0, 300) + "..." : req)
                        + ": " + answers.get(i).path("error").asText());
                }
            }
            return answers;
        } catch (IOException | InterruptedException | ExecutionException e) {
            process.destroyForcibly();
            throw new AssertionError("talking to node interop.mjs failed", e);
        }
    }

    private static CompletableFuture<byte[]> readAsync(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
