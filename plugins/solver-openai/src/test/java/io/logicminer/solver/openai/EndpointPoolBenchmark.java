package io.logicminer.solver.openai;

import io.logicminer.spi.chat.ChatMessage;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.chat.ChatRequest;
import io.logicminer.testkit.FixedHostContext;
import io.logicminer.testkit.MapComponentConfig;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Prints how an endpoint pool spreads load over servers of unequal speed: two fast vLLM stand-ins and one ten times
 * slower (a smaller GPU, or one busy with long generations), under a fixed number of concurrent callers. The pool
 * (least outstanding requests first) is compared with the reference in the same run: plain round robin over the
 * same three servers, each through its own single-endpoint model. Not a test: run with
 * {@code java -cp <test classpath> io.logicminer.solver.openai.EndpointPoolBenchmark [requests] [callers] [fastMs]
 * [slowMs]}.
 */
public final class EndpointPoolBenchmark {

    private EndpointPoolBenchmark() {
    }

    /** A server answering every chat request after a fixed service time, counting what it served. */
    private static MockWebServer server(long serviceMillis, AtomicInteger served) throws Exception {
        MockWebServer server = new MockWebServer();
        String body = VllmResponses.text("chat-completion.json");
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                served.incrementAndGet();
                Thread.sleep(serviceMillis); // the simulated generation time of this server
                return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
            }
        });
        server.start();
        return server;
    }

    private static ChatModel model(String name, List<String> urls) {
        List<Map<String, Object>> endpoints = new ArrayList<>();
        urls.forEach(url -> endpoints.add(new HashMap<>(Map.of("base_url", url))));
        return new OpenAiChatModelType().create(name, MapComponentConfig.of("models." + name, "type", "openai",
                "model", "Qwen/Qwen2-7B-Instruct", "stream", false, "endpoints", endpoints),
                new FixedHostContext(Clock.systemUTC()));
    }

    private record Run(double seconds, long[] latenciesNanos, int[] served) {

        double mean() {
            return Arrays.stream(latenciesNanos).average().orElse(0) / 1e6;
        }

        double percentile(double p) {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
        }

        String line(String name) {
            int total = Arrays.stream(served).sum();
            return String.format(Locale.ROOT, "%-34s %8.1f req/s  mean %7.1f ms  p50 %7.1f ms  p99 %7.1f ms  "
                            + "share fast/fast/slow %4.1f%%/%4.1f%%/%4.1f%%", name, latenciesNanos.length / seconds,
                    mean(), percentile(0.5), percentile(0.99), 100.0 * served[0] / total, 100.0 * served[1] / total,
                    100.0 * served[2] / total);
        }
    }

    private static Run run(int requests, int callers, Supplier<ChatModel> next, AtomicInteger[] served)
            throws Exception {
        for (AtomicInteger count : served) {
            count.set(0);
        }
        ChatRequest question = ChatRequest.of(List.of(ChatMessage.user("Solve 2x + 1 = 5.")));
        long[] latencies = new long[requests];
        AtomicInteger issued = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                workers.add(pool.submit(() -> {
                    for (int i; (i = issued.getAndIncrement()) < requests; ) {
                        long t0 = System.nanoTime();
                        next.get().complete(question);
                        latencies[i] = System.nanoTime() - t0;
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(seconds, latencies, Arrays.stream(served).mapToInt(AtomicInteger::get).toArray());
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int callers = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        long fastMs = args.length > 2 ? Long.parseLong(args[2]) : 20;
        long slowMs = args.length > 3 ? Long.parseLong(args[3]) : 200;
        AtomicInteger[] served = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger()};
        MockWebServer[] servers = {server(fastMs, served[0]), server(fastMs, served[1]), server(slowMs, served[2])};
        List<String> urls = Arrays.stream(servers).map(s -> s.url("/v1").toString()).toList();
        System.out.printf(Locale.ROOT, "%d requests, %d concurrent callers, service time %d/%d/%d ms%n", requests,
                callers, fastMs, fastMs, slowMs);
        try (ChatModel pooled = model("pool", urls);
             ChatModel a = model("a", urls.subList(0, 1));
             ChatModel b = model("b", urls.subList(1, 2));
             ChatModel c = model("c", urls.subList(2, 3))) {
            List<ChatModel> singles = List.of(a, b, c);
            AtomicInteger turn = new AtomicInteger();
            Supplier<ChatModel> roundRobin = () -> singles.get(Math.floorMod(turn.getAndIncrement(), 3));
            run(Math.min(requests, 200), callers, () -> pooled, served); // warm-up: connections, JIT
            run(Math.min(requests, 200), callers, roundRobin, served);
            Run reference = run(requests, callers, roundRobin, served);
            Run pool = run(requests, callers, () -> pooled, served);
            System.out.println(reference.line("round robin (reference)"));
            System.out.println(pool.line("pool: least outstanding requests"));
            System.out.printf(Locale.ROOT, "pool / round robin: throughput %.2fx, mean latency %.2fx, p99 latency %.2fx%n",
                    (requests / pool.seconds()) / (requests / reference.seconds()), pool.mean() / reference.mean(),
                    pool.percentile(0.99) / reference.percentile(0.99));
        } finally {
            for (MockWebServer server : servers) {
                server.shutdown();
            }
        }
    }
}
