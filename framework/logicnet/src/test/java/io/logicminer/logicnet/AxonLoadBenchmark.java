package io.logicminer.logicnet;

import static io.logicminer.logicnet.AxonFixture.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.logicminer.bittensor.axon.AxonConfig;
import io.logicminer.bittensor.axon.AxonPipeline;
import io.logicminer.bittensor.axon.AxonRequest;
import io.logicminer.bittensor.axon.AxonServer;
import io.logicminer.bittensor.crypto.Sr25519;
import io.logicminer.bittensor.dendrite.AxonTarget;
import io.logicminer.bittensor.metagraph.FixedMetagraphSource;
import io.logicminer.bittensor.metrics.AxonMetrics;
import io.logicminer.bittensor.policy.MinerPolicy;
import io.logicminer.bittensor.synapse.Synapse;
import io.logicminer.bittensor.synapse.SynapseHeaders;
import io.logicminer.bittensor.synapse.SynapseJson;
import io.logicminer.bittensor.verification.NonceClock;
import io.logicminer.bittensor.verification.Sr25519HotkeyVerifier;
import io.logicminer.bittensor.verification.Sr25519RequestSigner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The axon figures in one run on one machine. Not a test (a {@code main}, never run by Surefire): run with
 * {@code java -cp <test classpath> io.logicminer.logicnet.AxonLoadBenchmark [connections] [perConnection] [parts]}
 * from framework/logicnet (it starts {@code node src/test/node/verify-bench.mjs}); {@code parts} is a comma list of
 * {@code verify}, {@code load}, {@code paced} and {@code replay} (default: all four).
 * <ol>
 *   <li>sr25519 verifications/s: Java ({@link Sr25519#verify}) vs @polkadot/wasm-crypto in Node;</li>
 *   <li>{@code load}: saturation throughput and p50/p99 with {@code connections} closed-loop connections;</li>
 *   <li>{@code paced}: p50/p99 at a fixed offered 1,000 requests/s over {@code connections} connections for 10 s,
 *       measured from each request's scheduled send time;</li>
 *   <li>heap used before/after 1,000,000 replays of one signed request through the axon pipeline (no HTTP).</li>
 * </ol>
 * Both load parts measure the axon (instant solver) against bare Jetty: a Jetty handler with the axon's thread
 * model that reads the request and answers with a copy of a real axon response (same bytes on the wire). The client
 * ({@link AxonLoadClient}) runs in a JVM of its own, started with this JVM's {@code java} and class path, so the
 * server's tail is the server's own (not the client's garbage collections); one client process per part warms up
 * on both servers, then measures them in alternating rounds; 127.0.0.1 only, bounded in requests and in time.
 */
public final class AxonLoadBenchmark {

    /** A client that has not finished by then is killed and the benchmark fails (a hang guard, not a figure). */
    private static final Duration CLIENT_LIMIT = Duration.ofMinutes(5);
    private static final int ROUNDS = 3;
    private static final int PACED_RATE = 1_000;
    private static final int PACED_SECONDS = 10;

    private AxonLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int perConnection = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        List<String> parts = List.of((args.length > 2 ? args[2] : "verify,load,paced,replay").split(","));
        if (parts.contains("verify")) {
            verifyComparison();
        }
        if (parts.contains("load") || parts.contains("paced")) {
            withServers(connections, (axonPort, barePort) -> {
                if (parts.contains("load")) {
                    compare("saturation (closed loop), " + connections + " connections", axonPort, barePort,
                        "closed", connections, perConnection, 0);
                }
                if (parts.contains("paced")) {
                    compare("paced " + PACED_RATE + " requests/s, " + connections + " connections", axonPort,
                        barePort, "paced", connections, Math.max(5, PACED_RATE * PACED_SECONDS / connections),
                        PACED_RATE);
                }
            });
        }
        if (parts.contains("replay")) {
            replayHeap(1_000_000);
        }
        System.exit(0);
    }

    private static void verifyComparison() throws Exception {
        int n = 3000;
        byte[] message = ("1732460000000000000." + VALIDATOR.ss58Address() + "." + MINER.ss58Address()
            + ".4b1d2c3e-aaaa-bbbb-cccc-000000000000.a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a")
            .getBytes(StandardCharsets.UTF_8);
        byte[] signature = VALIDATOR.sign(message);
        byte[] publicKey = VALIDATOR.publicKeyBytes();
        for (int i = 0; i < 20_000; i++) {
            Sr25519.verify(publicKey, message, signature); // warm-up: the key's table and the JIT
        }
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            if (!Sr25519.verify(publicKey, message, signature)) {
                throw new IllegalStateException("verify failed");
            }
        }
        double java = n / ((System.nanoTime() - start) / 1e9);
        Process node = new ProcessBuilder("node", "verify-bench.mjs", Integer.toString(n))
            .directory(Path.of("src", "test", "node").toFile()).redirectErrorStream(true).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (node.waitFor() != 0) {
            throw new IllegalStateException("node verify-bench failed: " + out);
        }
        JsonNode result = SynapseJson.mapper().readTree(out);
        double wasm = result.get("wasm").get("perSecond").asDouble();
        double utilCrypto = result.get("utilCrypto").get("perSecond").asDouble();
        System.out.printf(Locale.ROOT, "sr25519 verify/s: Java %.0f, @polkadot/wasm-crypto %.0f (Java/wasm = %.2f,"
            + " target >= 1.0); @polkadot/util-crypto sr25519Verify %.0f%n", java, wasm, java / wasm, utilCrypto);
    }

    @FunctionalInterface
    private interface Measurement {
        void run(int axonPort, int barePort) throws Exception;
    }

    /** The axon (instant solver, limits out of the way) and the bare handler, both on ephemeral loopback ports. */
    private static void withServers(int connections, Measurement measurement) throws Exception {
        MinerPolicy unlimited = new MinerPolicy(10_000, true, 100_000_000, Duration.ofSeconds(600), 2,
            Integer.MAX_VALUE, "Logic");
        AxonConfig config = config().policy(unlimited).maxConcurrent(connections).queueCapacity(connections * 4)
            .build();
        try (AxonServer axon = start(config, (q, b, who) -> new LogicAnswer("r", "a"))) {
            HttpResponse<byte[]> sample = sample(axon);
            System.out.printf(Locale.ROOT, "axon response: %d header fields, %d body bytes (the bare handler answers"
                + " with a copy)%n", sample.headers().map().size(), sample.body().length);
            Server bare = bareJetty(sample);
            try {
                measurement.run(axon.port(), ((ServerConnector) bare.getConnectors()[0]).getLocalPort());
            } finally {
                bare.stop();
            }
        }
    }

    /** One real axon response, for the bare handler to copy. */
    private static HttpResponse<byte[]> sample(AxonServer axon) throws Exception {
        Synapse signed = dendrite(VALIDATOR).prepare(target(axon),
            LogicSynapse.question("What is 2+2?", "Logic", 60, "t").toSynapse(), Duration.ofSeconds(60));
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + axon.port() + "/LogicSynapse"))
            .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(SynapseJson.toBytes(signed)));
        SynapseHeaders.toHeaders(signed).forEach((k, v) -> {
            if (!k.equalsIgnoreCase("content-length")) {
                request.header(k, v);
            }
        });
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the axon answered the sample request with " + response.statusCode());
            }
            return response;
        }
    }

    /** One measured round's figures, as {@link AxonLoadClient} prints them. */
    private record Result(double p50, double p99, double perSecond, int ok, int total, int failed) {
    }

    /**
     * One client process measures both servers in {@link #ROUNDS} alternating rounds after warming up on both;
     * prints every round and the median round of each (by p99 when paced, by throughput otherwise) with the ratios.
     */
    private static void compare(String what, int axonPort, int barePort, String mode, int connections,
        int perConnection, int rate) throws Exception {
        List<Result> axonRounds = new ArrayList<>();
        List<Result> bareRounds = new ArrayList<>();
        for (JsonNode line : client(mode, List.of(axonPort, barePort), connections, perConnection, rate)) {
            Result result = new Result(line.get("p50").asDouble(), line.get("p99").asDouble(),
                line.get("perSecond").asDouble(), line.get("ok").asInt(), line.get("total").asInt(),
                line.get("failed").asInt());
            boolean isAxon = line.get("port").asInt() == axonPort;
            (isAxon ? axonRounds : bareRounds).add(result);
            System.out.printf(Locale.ROOT, "%s, round %d, %s: p50 %.2f ms, p99 %.2f ms, %.0f req/s (%d/%d ok, %d"
                    + " failed to send or read)%n", what, line.get("round").asInt(), isAxon ? "axon" : "bare",
                result.p50, result.p99, result.perSecond, result.ok, result.total, result.failed);
        }
        java.util.Comparator<Result> order = mode.equals("paced")
            ? java.util.Comparator.comparingDouble(Result::p99) : java.util.Comparator.comparingDouble(Result::perSecond);
        Result axon = median(axonRounds, order);
        Result bare = median(bareRounds, order);
        System.out.printf(Locale.ROOT, "%s, median rounds: axon p50 %.2f ms, p99 %.2f ms, %.0f req/s; bare p50 %.2f"
                + " ms, p99 %.2f ms, %.0f req/s; axon/bare: p50 %.2f×, p99 %.2f×, throughput %.2f×%n", what, axon.p50,
            axon.p99, axon.perSecond, bare.p50, bare.p99, bare.perSecond, axon.p50 / bare.p50, axon.p99 / bare.p99,
            axon.perSecond / bare.perSecond);
    }

    private static Result median(List<Result> rounds, java.util.Comparator<Result> order) {
        List<Result> sorted = new ArrayList<>(rounds);
        sorted.sort(order);
        return sorted.get(sorted.size() / 2);
    }

    /** Runs {@link AxonLoadClient} in a JVM of its own (this JVM's java and class path) and reads its JSON lines. */
    private static List<JsonNode> client(String mode, List<Integer> ports, int connections, int perConnection,
        int rate) throws Exception {
        List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
            "-cp", System.getProperty("java.class.path"), AxonLoadClient.class.getName(), mode,
            ports.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")),
            Integer.toString(ROUNDS), Integer.toString(connections), Integer.toString(perConnection)));
        if (mode.equals("paced")) {
            command.add(Integer.toString(rate));
        }
        Path out = Files.createTempFile("axon-load-client", ".jsonl");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (!process.waitFor(CLIENT_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("the load client did not finish within " + CLIENT_LIMIT);
            }
            List<String> lines = Files.readAllLines(out);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("the load client exited with " + process.exitValue() + ": " + lines);
            }
            List<JsonNode> results = new ArrayList<>();
            for (String line : lines) {
                if (line.startsWith("{")) {
                    results.add(SynapseJson.mapper().readTree(line));
                }
            }
            if (results.size() != ROUNDS * ports.size()) {
                throw new IllegalStateException("the load client printed " + results.size() + " results, expected "
                    + ROUNDS * ports.size() + ": " + lines);
            }
            return results;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /**
     * A Jetty 12 server with the same thread model as the axon and a handler that reads the request and answers at
     * once with a copy of a real axon response (its headers and body), so both servers put the same bytes on the
     * wire and the client does the same work: the difference is the axon's own processing.
     */
    private static Server bareJetty(HttpResponse<byte[]> canned) throws Exception {
        QueuedThreadPool pool = new QueuedThreadPool();
        pool.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
        Server server = new Server(pool);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        byte[] answer = canned.body();
        List<org.eclipse.jetty.http.HttpField> headers = new ArrayList<>();
        canned.headers().map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("date")
                && !name.equalsIgnoreCase("server") && !name.equals(":status")) {
                values.forEach(v -> headers.add(new org.eclipse.jetty.http.HttpField(name, v)));
            }
        });
        server.setHandler(new Handler.Abstract(org.eclipse.jetty.util.thread.Invocable.InvocationType.BLOCKING) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                org.eclipse.jetty.io.Content.Source.consumeAll(request);
                response.setStatus(200);
                headers.forEach(response.getHeaders()::add);
                response.write(true, ByteBuffer.wrap(answer), callback);
                return true;
            }
        });
        server.start();
        return server;
    }

    private static void replayHeap(int replays) {
        AxonConfig config = config().build();
        AxonPipeline pipeline = new AxonPipeline(config, new Sr25519RequestSigner(MINER), new Sr25519HotkeyVerifier(),
            new FixedMetagraphSource(metagraph()), LogicNetRoutes.of(config, (q, b, who) -> new LogicAnswer("r", "a")),
            NonceClock.SYSTEM, new AxonMetrics(new io.prometheus.metrics.model.registry.PrometheusRegistry()));
        Synapse signed = dendrite(VALIDATOR).prepare(new AxonTarget("127.0.0.1", 8091, MINER.ss58Address()),
            LogicSynapse.question("q", "Logic", 60, "t").toSynapse(), Duration.ofSeconds(60));
        Map<String, String> headers = SynapseHeaders.toHeaders(signed);
        byte[] body = SynapseJson.toBytes(signed);
        int first = pipeline.handle(new AxonRequest("/LogicSynapse", headers::get, body.length, max -> body,
            "127.0.0.1", 40000, System.nanoTime())).status();
        long before = usedHeapAfterGc();
        int rejected = 0;
        for (int i = 0; i < replays; i++) {
            if (pipeline.handle(new AxonRequest("/LogicSynapse", headers::get, body.length, max -> body, "127.0.0.1",
                40000, System.nanoTime())).status() == 401) {
                rejected++;
            }
        }
        long after = usedHeapAfterGc();
        pipeline.close();
        System.out.printf(Locale.ROOT, "replays: first answer %d, then %d of %d replays rejected; heap used after GC"
                + " before %.1f MiB, after %.1f MiB (%+.1f MiB); nonce store sizes %s%n", first, rejected, replays,
            before / 1048576.0, after / 1048576.0, (after - before) / 1048576.0,
            Arrays.toString(pipeline.verifier().nonceStoreSizes()));
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
