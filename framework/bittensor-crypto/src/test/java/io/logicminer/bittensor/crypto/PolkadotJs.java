package io.logicminer.bittensor.crypto;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code src/test/node/interop.mjs} (polkadot-js util-crypto and wasm-crypto, installed by
 * {@code npm ci} in the generate-test-resources phase) on a batch of requests. Missing Node or missing
 * packages fail the calling test with instructions: interop is a required check, never skipped.
 */
final class PolkadotJs {

    static final Path NODE_DIR = Path.of("src", "test", "node").toAbsolutePath();

    private PolkadotJs() {
    }

    /** Sends one request line per element and returns the fields of each {@code ok} answer. */
    static List<String[]> run(List<String> requests) {
        if (!Files.isDirectory(NODE_DIR.resolve("node_modules").resolve("@polkadot").resolve("util-crypto"))) {
            fail("polkadot-js packages are missing in " + NODE_DIR.resolve("node_modules")
                + ": run `npm ci` there (./mvnw generate-test-resources does it; needs the npm registry)");
        }
        Process process;
        try {
            process = new ProcessBuilder("node", "interop.mjs").directory(NODE_DIR.toFile()).start();
        } catch (IOException e) {
            fail("cannot start `node` (" + e.getMessage() + "): the sr25519 interop tests need Node.js 18+ "
                + "on the PATH");
            throw new AssertionError(e);
        }
        try {
            CompletableFuture<byte[]> stdout = readAsync(process.getInputStream());
            CompletableFuture<byte[]> stderr = readAsync(process.getErrorStream());
            try (OutputStream in = process.getOutputStream()) {
                in.write((String.join("\n", requests) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("node interop.mjs did not finish within 120 s");
            }
            String out = new String(stdout.get(), StandardCharsets.UTF_8);
            String err = new String(stderr.get(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                fail("node interop.mjs exited with " + process.exitValue() + ": " + err);
            }
            List<String[]> results = new ArrayList<>();
            String[] lines = out.strip().split("\n");
            if (lines.length != requests.size()) {
                fail("node answered " + lines.length + " lines for " + requests.size() + " requests: " + out + err);
            }
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].startsWith("ok")) {
                    fail("node failed on request '" + requests.get(i) + "': " + lines[i]);
                }
                String[] fields = lines[i].split(" ");
                results.add(Arrays.copyOfRange(fields, 1, fields.length));
            }
            return results;
        } catch (IOException | InterruptedException | java.util.concurrent.ExecutionException e) {
            process.destroyForcibly();
            throw new AssertionError("talking to node interop.mjs failed", e);
        }
    }

    static String hexOrDash(byte[] bytes) {
        return bytes.length == 0 ? "-" : Hex.encode(bytes);
    }

    static String utf8Hex(String text) {
        return hexOrDash(text.getBytes(StandardCharsets.UTF_8));
    }

    private static CompletableFuture<byte[]> readAsync(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
