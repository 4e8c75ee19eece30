package io.logicminer.logicnet;

import static io.logicminer.logicnet.AxonFixture.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.logicminer.bittensor.axon.AxonConfig;
import io.logicminer.bittensor.axon.AxonPipeline;
import io.logicminer.bittensor.axon.AxonRequest;
import io.logicminer.bittensor.axon.AxonServer;
import io.logicminer.bittensor.crypto.Sr25519;
import io.logicminer.bittensor.dendrite.AxonTarget;
import io.logicminer.bittensor.dendrite.Dendrite;
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
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The axon figures in one run on one machine. Not a test: run with
 * {@code java -cp <test classpath> io.logicminer.logicnet.AxonLoadBenchmark [concurrency] [perClient] [parts]}
 * from framework/logicnet (it starts {@code node src/test/node/verify-bench.mjs}); {@code parts} is a comma list of
 * {@code verify}, {@code load}, {@code paced} and {@code replay} (default: all four).
 * <ol>
 *   <li>sr25519 verifications/s: Java ({@link Sr25519#verify}) vs @polkadot/wasm-crypto in Node;</li>
 *   <li>latency p50/p99 and throughput at {@code concurrency} concurrent clients: the axon with an instant solver vs
 *       a bare Jetty handler that reads the same requests and answers with a copy of a real axon response (same
 *       bytes on the wire), same client (java.net.http on virtual threads); requests are
 *       signed before the clock starts so client-side signing does not compete for the 2 CPUs;</li>
 *   <li>latency p50/p99 at a fixed offered rate (1,000 and 3,000 requests/s) over {@code concurrency} connections,
 *       axon vs bare, measured from each request's scheduled send time;</li>
 *   <li>heap used before/after 1,000,000 replays of one signed request through the axon pipeline (no HTTP).</li>
 * </ol>
 */
public final class AxonLoadBenchmark {

    private AxonLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int concurrency = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int perClient = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        List<String> parts = List.of((args.length > 2 ? args[2] : "verify,load,paced,replay").split(","));
        if (parts.contains("verify")) {
            verifyComparison();
        }
        if (parts.contains("load")) {
            latencyComparison(concurrency, perClient);
        }
        if (parts.contains("paced")) {
            for (int rate : new int[] {1_000, 3_000}) {
                pacedComparison(concurrency, rate);
            }
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

    /** The axon (instant solver) and the bare handler side by side, with one client for both. */
    private record Servers(AxonServer axon, int barePort, HttpClient client, AxonTarget target, Synapse question,
                           HttpResponse<byte[]> sample) {

        List<List<Prepared>> prepare(int clients, int perClient) {
            return AxonLoadBenchmark.prepare(target, question, clients, perClient);
        }
    }

    @FunctionalInterface
    private interface Measurement {
        void run(Servers servers) throws Exception;
    }

    private static void withServers(int concurrency, Measurement measurement) throws Exception {
        MinerPolicy unlimited = new MinerPolicy(10_000, true, 100_000_000, Duration.ofSeconds(600), 2,
            Integer.MAX_VALUE, "Logic");
        AxonConfig config = config().policy(unlimited).maxConcurrent(concurrency).queueCapacity(concurrency * 4)
            .build();
        Synapse question = LogicSynapse.question("What is 2+2?", "Logic", 60, "t").toSynapse();
        try (AxonServer axon = start(config, (q, b, who) -> new LogicAnswer("r", "a"))) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
            AxonTarget target = target(axon);
            HttpResponse<byte[]> sample = send(client, prepare(target, question, 1, 1).get(0).get(0), axon.port());
            Server bare = bareJetty(sample);
            try {
                int barePort = ((ServerConnector) bare.getConnectors()[0]).getLocalPort();
                measurement.run(new Servers(axon, barePort, client, target, question, sample));
            } finally {
                bare.stop();
            }
        }
    }

    private static void latencyComparison(int concurrency, int perClient) throws Exception {
        withServers(concurrency, servers -> {
            HttpClient client = servers.client();
            int axonPort = servers.axon().port();
            System.out.printf(Locale.ROOT, "axon response: %d header fields, %d body bytes (the bare handler answers"
                + " with a copy)%n", servers.sample().headers().map().size(), servers.sample().body().length);
            // Warm up both (JIT), then alternate three measured rounds each; the median round of each is reported.
            for (int warm = 0; warm < 2; warm++) {
                run(client, servers.prepare(concurrency, perClient), axonPort, "axon");
                run(client, servers.prepare(concurrency, perClient), servers.barePort(), "bare");
            }
            List<Result> axonRounds = new ArrayList<>();
            List<Result> bareRounds = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                axonRounds.add(run(client, servers.prepare(concurrency, perClient), axonPort, "axon"));
                bareRounds.add(run(client, servers.prepare(concurrency, perClient), servers.barePort(), "bare"));
                System.out.printf(Locale.ROOT, "round %d: axon %.0f requests/s, bare %.0f requests/s (%.2f)%n",
                    round + 1, axonRounds.get(round).perSecond, bareRounds.get(round).perSecond,
                    axonRounds.get(round).perSecond / bareRounds.get(round).perSecond);
            }
            Result axonResult = median(axonRounds);
            Result bareResult = median(bareRounds);
            System.out.printf(Locale.ROOT, "axon, instant solver, %d concurrent: p50 %.2f ms, p99 %.2f ms, %.0f"
                    + " requests/s (%d ok of %d)%n", concurrency, axonResult.p50, axonResult.p99,
                axonResult.perSecond, axonResult.ok, axonResult.total);
            System.out.printf(Locale.ROOT, "bare Jetty handler, %d concurrent: p50 %.2f ms, p99 %.2f ms, %.0f"
                    + " requests/s%n", concurrency, bareResult.p50, bareResult.p99, bareResult.perSecond);
            System.out.printf(Locale.ROOT, "axon/bare throughput (medians) = %.2f (target >= 0.5); targets p50 <= 1"
                + " ms, p99 <= 5 ms%n", axonResult.perSecond / bareResult.perSecond);
        });
    }

    /**
     * Latency at a fixed offered rate below capacity: {@code clients} connections sending {@code rate} requests/s in
     * all for 10 seconds, the axon and the bare handler in turn, after a short closed-loop warm-up.
     */
    private static void pacedComparison(int clients, int rate) throws Exception {
        withServers(clients, servers -> {
            HttpClient client = servers.client();
            int axonPort = servers.axon().port();
            long interval = 1_000_000_000L * clients / rate;
            int perClient = Math.max(5, rate * 10 / clients);
            run(client, servers.prepare(clients, 20), axonPort, "axon");
            run(client, servers.prepare(clients, 20), servers.barePort(), "bare");
            Result axonResult = run(client, servers.prepare(clients, perClient), axonPort, "axon", interval);
            Result bareResult = run(client, servers.prepare(clients, perClient), servers.barePort(), "bare", interval);
            System.out.printf(Locale.ROOT, "paced %d requests/s over %d connections: axon p50 %.2f ms, p99 %.2f ms;"
                    + " bare p50 %.2f ms, p99 %.2f ms (%d requests each)%n", rate, clients, axonResult.p50,
                axonResult.p99, bareResult.p50, bareResult.p99, axonResult.total);
        });
    }

    /** One client's signed requests: headers and body, nonces increasing. */
    private record Prepared(Map<String, String> headers, byte[] body) {
    }

    private static List<List<Prepared>> prepare(AxonTarget target, Synapse question, int clients, int perClient) {
        List<List<Prepared>> all = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Dendrite dendrite = dendrite(VALIDATOR);
            List<Prepared> mine = new ArrayList<>();
            for (int i = 0; i < perClient; i++) {
                Synapse signed = dendrite.prepare(target, question, Duration.ofSeconds(60));
                mine.add(new Prepared(SynapseHeaders.toHeaders(signed), SynapseJson.toBytes(signed)));
            }
            all.add(mine);
        }
        return all;
    }

    private record Result(double p50, double p99, double perSecond, int ok, int total) {
    }

    /** The round with the median throughput. */
    private static Result median(List<Result> rounds) {
        List<Result> sorted = new ArrayList<>(rounds);
        sorted.sort(java.util.Comparator.comparingDouble(Result::perSecond));
        return sorted.get(sorted.size() / 2);
    }

    private static Result run(HttpClient client, List<List<Prepared>> requests, int port, String label)
        throws Exception {
        return run(client, requests, port, label, 0);
    }

    /**
     * Sends every client's requests and records each latency. With {@code intervalNanos} 0 a client sends its next
     * request as soon as the last is answered (closed loop: throughput). Otherwise client c sends request i at
     * {@code start + c·interval/clients + i·interval} (open loop: a fixed offered rate) and latency counts from that
     * scheduled time, so a late send is charged to the server rather than hidden (no coordinated omission).
     */
    private static Result run(HttpClient client, List<List<Prepared>> requests, int port, String label,
        long intervalNanos) throws Exception {
        int total = requests.stream().mapToInt(List::size).sum();
        long[] latencies = new long[total];
        int[] next = {0};
        int[] ok = {0};
        int[] failed = {0};
        // The prepared requests are live for the whole run: move them out of the young generation first, so young
        // collections during the run copy only what the run itself allocates.
        System.gc();
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> futures = new ArrayList<>();
            int clients = requests.size();
            for (int c = 0; c < clients; c++) {
                List<Prepared> mine = requests.get(c);
                long offset = intervalNanos * c / clients;
                futures.add(threads.submit(() -> {
                    for (int i = 0; i < mine.size(); i++) {
                        long t = System.nanoTime();
                        if (intervalNanos > 0) {
                            t = start + offset + i * intervalNanos;
                            long wait = t - System.nanoTime();
                            if (wait > 0) {
                                Thread.sleep(Duration.ofNanos(wait)); // pacing the offered load
                            }
                        }
                        HttpResponse<byte[]> response;
                        try {
                            response = send(client, mine.get(i), port);
                        } catch (java.io.IOException e) {
                            synchronized (latencies) {
                                failed[0]++;
                            }
                            continue;
                        }
                        long took = System.nanoTime() - t;
                        synchronized (latencies) {
                            latencies[next[0]++] = took;
                            if (response.statusCode() == 200) {
                                ok[0]++;
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = Arrays.copyOf(latencies, next[0]);
        Arrays.sort(sorted);
        if (ok[0] != total) {
            System.out.printf(Locale.ROOT, "warning: %s answered %d of %d with 200 (%d failed to send or read)%n",
                label, ok[0], total, failed[0]);
        }
        return new Result(sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6,
            total / seconds, ok[0], total);
    }

    private static HttpResponse<byte[]> send(HttpClient client, Prepared p, int port) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/LogicSynapse"))
            .POST(HttpRequest.BodyPublishers.ofByteArray(p.body()));
        p.headers().forEach((k, v) -> {
            if (!k.equalsIgnoreCase("content-length")) {
                request.header(k, v);
            }
        });
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
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
