package io.logicminer.logicnet;

import static io.logicminer.logicnet.AxonFixture.MINER;
import static io.logicminer.logicnet.AxonFixture.VALIDATOR;
import static io.logicminer.logicnet.AxonFixture.dendrite;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.logicminer.bittensor.dendrite.AxonTarget;
import io.logicminer.bittensor.dendrite.Dendrite;
import io.logicminer.bittensor.synapse.Synapse;
import io.logicminer.bittensor.synapse.SynapseHeaders;
import io.logicminer.bittensor.synapse.SynapseJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The load client of {@link AxonLoadBenchmark}, in a JVM of its own so that its allocation, garbage collection and
 * JIT do not land in the server's latencies. Started by the benchmark as {@code java -cp <test classpath>
 * io.logicminer.logicnet.AxonLoadClient <mode> <port,port...> <rounds> <connections> <perConnection> [rate]};
 * sends signed {@code LogicSynapse} requests to 127.0.0.1 only: two unrecorded warm-up rounds against each port,
 * then {@code rounds} measured rounds alternating between the ports, each printed as one JSON line {@code
 * {"port":p, "round":r, "p50":ms, "p99":ms, "perSecond":n, "ok":n, "total":n, "failed":n}}.
 *
 * <p>Modes: {@code closed} (each connection sends its next request when the last is answered: saturation throughput)
 * and {@code paced} (open loop at {@code rate} requests/s in all; latency counts from each request's scheduled send
 * time, so a late send is charged to the server, not hidden: no coordinated omission).
 */
public final class AxonLoadClient {

    /** Per-request bound: a stuck server shows as failures, never as a hang. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private AxonLoadClient() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: AxonLoadClient closed|paced <port,port...> <rounds> <connections>"
                + " <perConnection> [rate]");
            System.exit(2);
        }
        String mode = args[0];
        int[] ports = Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray();
        int rounds = Integer.parseInt(args[2]);
        int connections = Integer.parseInt(args[3]);
        int perConnection = Integer.parseInt(args[4]);
        long intervalNanos = 0;
        if (mode.equals("paced")) {
            int rate = Integer.parseInt(args[5]);
            intervalNanos = 1_000_000_000L * connections / rate;
        } else if (!mode.equals("closed")) {
            System.err.println("mode must be closed or paced, not '" + mode + "'");
            System.exit(2);
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        Synapse question = LogicSynapse.question("What is 2+2?", "Logic", 60, "t").toSynapse();
        // Warm-up: two closed-loop rounds against each server (JIT on both sides, connections open), not recorded.
        for (int warm = 0; warm < 2; warm++) {
            for (int port : ports) {
                run(client, prepare(target(port), question, connections, 25), port, 0);
            }
        }
        // Measured rounds, alternating between the servers so that drift in the machine's load hits both alike.
        for (int round = 1; round <= rounds; round++) {
            for (int port : ports) {
                Result result = run(client, prepare(target(port), question, connections, perConnection), port,
                    intervalNanos);
                ObjectNode out = SynapseJson.mapper().createObjectNode();
                out.put("port", port).put("round", round).put("p50", result.p50).put("p99", result.p99)
                    .put("perSecond", result.perSecond).put("ok", result.ok).put("total", result.total)
                    .put("failed", result.failed);
                System.out.println(SynapseJson.mapper().writeValueAsString(out));
            }
        }
        System.exit(0);
    }

    private static AxonTarget target(int port) {
        return new AxonTarget("127.0.0.1", port, MINER.ss58Address());
    }

    /** One connection's signed requests: headers and body, nonces increasing. */
    private record Prepared(Map<String, String> headers, byte[] body) {
    }

    /** Signed before the clock starts, so signing does not compete with the measured run. */
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

    private record Result(double p50, double p99, double perSecond, int ok, int total, int failed) {
    }

    /**
     * Sends every connection's requests and records each latency. With {@code intervalNanos} 0 a connection sends
     * its next request as soon as the last is answered. Otherwise connection c sends request i at {@code start +
     * c·interval/connections + i·interval}, and latency counts from that scheduled time.
     */
    private static Result run(HttpClient client, List<List<Prepared>> requests, int port, long intervalNanos)
        throws Exception {
        int total = requests.stream().mapToInt(List::size).sum();
        long[] latencies = new long[total];
        int[] next = {0};
        int[] ok = {0};
        int[] failed = {0};
        // The prepared requests are live for the whole run: move them out of the young generation first.
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
                        } catch (IOException e) {
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
        if (sorted.length == 0) {
            return new Result(Double.NaN, Double.NaN, 0, 0, total, failed[0]);
        }
        return new Result(sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6,
            next[0] / seconds, ok[0], total, failed[0]);
    }

    private static HttpResponse<byte[]> send(HttpClient client, Prepared p, int port)
        throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/LogicSynapse"))
            .timeout(REQUEST_TIMEOUT).POST(HttpRequest.BodyPublishers.ofByteArray(p.body()));
        p.headers().forEach((k, v) -> {
            if (!k.equalsIgnoreCase("content-length")) {
                request.header(k, v);
            }
        });
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
