package io.logicminer.logicnet;

import static io.logicminer.logicnet.AxonFixture.*;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.logicminer.bittensor.axon.AxonConfig;
import io.logicminer.bittensor.axon.AxonServer;
import io.logicminer.bittensor.dendrite.DendriteResult;
import io.logicminer.bittensor.policy.MinerPolicy;
import io.logicminer.bittensor.synapse.Synapse;
import io.logicminer.bittensor.synapse.SynapseJson;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 11's hostile cases measured against the axon (figures for docs/reliability.md). Not a test: run with {@code
 * java -cp <test classpath> io.logicminer.logicnet.AxonReliabilityProbe [flood|malformed|slow|burst|question]}.
 */
public final class AxonReliabilityProbe {

    private static final ExecutorService THREADS = Executors.newVirtualThreadPerTaskExecutor();

    private AxonReliabilityProbe() {
    }

    public static void main(String[] args) throws Exception {
        List<String> parts = List.of((args.length > 0 ? args[0] : "flood,malformed,slow,burst,question").split(","));
        if (parts.contains("flood")) {
            flood(66_000, 16);
        }
        if (parts.contains("malformed")) {
            malformed();
        }
        if (parts.contains("question")) {
            question();
        }
        if (parts.contains("slow")) {
            slowHeaders();
        }
        if (parts.contains("burst")) {
            burst(300);
        }
        System.exit(0);
    }

    /** The nonce flood: Information with a fresh dendrite uuid per request from one permitless hotkey. */
    private static void flood(int requests, int concurrency) throws Exception {
        for (boolean rateLimited : new boolean[] {true, false}) {
            AxonConfig.Builder config = config();
            if (!rateLimited) {
                config.informationRate(1e9).informationBurst(Integer.MAX_VALUE);
            }
            try (AxonServer axon = start(config.build(), (q, b, who) -> new LogicAnswer("r", "a"))) {
                Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
                AtomicInteger next = new AtomicInteger();
                long start = System.nanoTime();
                List<CompletableFuture<Void>> clients = new ArrayList<>();
                for (int c = 0; c < concurrency; c++) {
                    clients.add(CompletableFuture.runAsync(() -> {
                        while (next.getAndIncrement() < requests) {
                            int status = dendrite(NO_PERMIT).call(target(axon), Synapse.empty(InformationSynapse.KIND),
                                Duration.ofSeconds(12)).statusCode();
                            statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                        }
                    }, THREADS));
                }
                CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get();
                double seconds = (System.nanoTime() - start) / 1e9;
                long t = System.nanoTime();
                DendriteResult validator = dendrite(VALIDATOR).call(target(axon),
                    LogicSynapse.question("q", "Logic", 20, "t").toSynapse(), Duration.ofSeconds(20));
                System.out.printf("flood (%s): %d Information requests from one hotkey, fresh uuid each, %d clients,"
                        + " %.1f s (%.0f req/s): statuses %s; nonce entries of the flooder %d; then a validator's new"
                        + " dendrite: %d %s in %.1f ms%n", rateLimited ? "default rate limit" : "rate limit lifted",
                    requests, concurrency, seconds, requests / seconds, new TreeMap<>(statuses),
                    axon.pipeline().verifier().nonceEntries(NO_PERMIT.ss58Address()), validator.statusCode(),
                    validator.statusMessage(), (System.nanoTime() - t) / 1e6);
            }
        }
    }

    private static void malformed() throws Exception {
        try (AxonServer axon = start(config().build(), (q, b, who) -> new LogicAnswer("r", "a"))) {
            Synapse prepared = dendrite(VALIDATOR).prepare(target(axon), LogicSynapse.question("q", "Logic", 20, "t")
                .toSynapse(), Duration.ofSeconds(20));
            ObjectNode body = SynapseJson.toJson(prepared);
            ((ObjectNode) body.get("dendrite")).put("port", 1L << 40);
            long t = System.nanoTime();
            Raw raw = post(axon, prepared, SynapseJson.mapper().writeValueAsBytes(body), Map.of());
            System.out.printf("malformed dendrite.port = 2^40: %d %s %s in %.1f ms; counted: %d%n", raw.status(),
                raw.header("Content-Type"), raw.body(), (System.nanoTime() - t) / 1e6,
                axon.metrics().requests(400, "bad_body"));
            Synapse zero = dendrite(VALIDATOR).prepare(target(axon), LogicSynapse.question("q", "Logic", 20, "t")
                .toSynapse(), Duration.ofSeconds(20));
            Raw timeout = post(axon, zero, null, Map.of("timeout", "0"));
            System.out.printf("timeout header 0: %d %s%n", timeout.status(), timeout.body());
        }
    }

    private static void question() throws Exception {
        AtomicInteger solves = new AtomicInteger();
        try (AxonServer axon = start(config().build(), (q, b, who) -> {
            solves.incrementAndGet();
            return new LogicAnswer("r", "a");
        })) {
            for (int kib : new int[] {10, 100, 900}) {
                Synapse prepared = dendrite(VALIDATOR).prepare(target(axon), LogicSynapse.question(
                    "1".repeat(kib * 1024), "Logic", 12, "t").toSynapse(), Duration.ofSeconds(12));
                long t = System.nanoTime();
                Raw raw = post(axon, prepared);
                System.out.printf("question of %d KiB of digits: %d in %.1f ms (%s)%n", kib, raw.status(),
                    (System.nanoTime() - t) / 1e6, raw.body().length() > 120 ? raw.body().substring(0, 120)
                        : raw.body());
            }
            System.out.println("handler calls: " + solves.get());
        }
    }

    /** 20 connections sending a byte every 2 s, and 5,000 connections held open, against the defaults. */
    private static void slowHeaders() throws Exception {
        try (AxonServer axon = start(config().build(), (q, b, who) -> new LogicAnswer("r", "a"))) {
            long start = System.nanoTime();
            List<CompletableFuture<Double>> slow = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                slow.add(CompletableFuture.supplyAsync(() -> {
                    try (Socket socket = new Socket("127.0.0.1", axon.port())) {
                        byte[] head = "POST /LogicSynapse HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII);
                        for (int b = 0; b < head.length; b++) {
                            socket.getOutputStream().write(head[b]);
                            socket.getOutputStream().flush();
                            Thread.sleep(2_000);
                        }
                        return -1.0;
                    } catch (Exception closed) {
                        return (System.nanoTime() - start) / 1e9;
                    }
                }, THREADS));
            }
            double last = 0;
            for (CompletableFuture<Double> s : slow) {
                last = Math.max(last, s.get());
            }
            System.out.printf("20 slow-header connections (1 byte / 2 s): all closed by the axon after %.1f s%n", last);
            List<Socket> held = new ArrayList<>();
            long t = System.nanoTime();
            for (int i = 0; i < 5_000; i++) {
                Socket socket = new Socket("127.0.0.1", axon.port());
                socket.setSoTimeout(60_000);
                held.add(socket);
            }
            int peak = axon.openConnections();
            System.out.printf("5,000 idle connections opened: %d open at the axon right after (max_connections %d)%n",
                peak, axon.config().maxConnections());
            int closed = 0;
            for (Socket socket : held) {
                try (socket; InputStream in = socket.getInputStream()) {
                    if (in.read() == -1) {
                        closed++;
                    }
                } catch (Exception reset) {
                    closed++;
                }
            }
            System.out.printf("... all %d closed by the axon %.1f s after opening; open now %d%n", closed,
                (System.nanoTime() - t) / 1e9, axon.openConnections());
            long ok = System.nanoTime();
            int status = dendrite(VALIDATOR).call(target(axon), LogicSynapse.question("q", "Logic", 20, "t")
                .toSynapse(), Duration.ofSeconds(20)).statusCode();
            System.out.printf("then a validator: %d in %.1f ms%n", status, (System.nanoTime() - ok) / 1e6);
        }
    }

    /** A burst far above capacity: default slots and queue, a 2 s solver, timeout 12 s. */
    private static void burst(int requests) throws Exception {
        MinerPolicy unlimited = new MinerPolicy(10_000, true, 1_000_000, Duration.ofSeconds(600), 2,
            Integer.MAX_VALUE, "Logic");
        LogicHandler slow = (q, budget, who) -> {
            // The simulated solve: 2 s of work, cut short at its budget as the solve pipeline does.
            long work = Math.min(2_000, budget.toMillis());
            Thread.sleep(work);
            return work < 2_000 ? new LogicAnswer("partial", "", "partial") : new LogicAnswer("r", "a");
        };
        try (AxonServer axon = start(config().policy(unlimited).build(), slow)) {
            // Signed before the clock starts (signing 300 requests would otherwise delay the sends).
            List<Synapse> signed = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                signed.add(dendrite(VALIDATOR).prepare(target(axon), LogicSynapse.question("q", "Logic", 12, "t")
                    .toSynapse(), Duration.ofSeconds(12)));
            }
            okhttp3.OkHttpClient client = HTTP.newBuilder().callTimeout(Duration.ofSeconds(12))
                .readTimeout(Duration.ofSeconds(12)).dispatcher(new okhttp3.Dispatcher()).build();
            client.dispatcher().setMaxRequests(requests);
            client.dispatcher().setMaxRequestsPerHost(requests);
            List<CompletableFuture<double[]>> calls = new ArrayList<>();
            long start = System.nanoTime();
            for (Synapse synapse : signed) {
                calls.add(CompletableFuture.supplyAsync(() -> {
                    okhttp3.Request.Builder request = new okhttp3.Request.Builder()
                        .url("http://127.0.0.1:" + axon.port() + "/LogicSynapse")
                        .post(okhttp3.RequestBody.create(SynapseJson.toBytes(synapse),
                            okhttp3.MediaType.get("application/json")));
                    io.logicminer.bittensor.synapse.SynapseHeaders.toHeaders(synapse).forEach(request::header);
                    int status;
                    try (okhttp3.Response response = client.newCall(request.build()).execute()) {
                        status = response.code();
                    } catch (java.io.IOException e) {
                        status = 408;
                    }
                    return new double[] {status, (System.nanoTime() - start) / 1e9};
                }, THREADS));
            }
            Map<Integer, double[]> byStatus = new TreeMap<>();
            for (CompletableFuture<double[]> call : calls) {
                double[] r = call.get();
                double[] agg = byStatus.computeIfAbsent((int) r[0], k -> new double[] {0, Double.MAX_VALUE, 0});
                agg[0]++;
                agg[1] = Math.min(agg[1], r[1]);
                agg[2] = Math.max(agg[2], r[1]);
            }
            StringBuilder out = new StringBuilder();
            byStatus.forEach((status, agg) -> out.append(String.format(" %d x%.0f (replies between %.2f and %.2f s);",
                status, agg[0], agg[1], agg[2])));
            System.out.printf("burst of %d, timeout 12 s, 8 slots, queue 64, 2 s solver:%s 503s refused at admission"
                + " %d, after queueing %d; partial answers %d%n", requests, out,
                axon.metrics().requests(503, "cannot_finish"),
                axon.metrics().requests(503, "queue_timeout") + axon.metrics().requests(503, "queue_full"),
                axon.metrics().requests(200, "partial"));
        }
    }
}
