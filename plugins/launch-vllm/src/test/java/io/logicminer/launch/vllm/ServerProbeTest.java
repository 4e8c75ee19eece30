package io.logicminer.launch.vllm;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The probe against a real HTTP server answering as vLLM does. */
class ServerProbeTest {

    private HttpServer server;
    private final AtomicInteger health = new AtomicInteger(200);
    private volatile String models = "{\"object\":\"list\",\"data\":[{\"id\":\"qwen\",\"object\":\"model\","
            + "\"owned_by\":\"vllm\",\"root\":\"Qwen/Qwen2-7B-Instruct\",\"max_model_len\":8192}]}";
    private final ConcurrentLinkedQueue<String> authorizations = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> healthAuthorizations = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/health", exchange -> {
            healthAuthorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.sendResponseHeaders(health.get(), -1);
            exchange.close();
        });
        server.createContext("/v1/models", exchange -> {
            String auth = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
            authorizations.add(auth);
            byte[] body = auth.equals("Bearer s3cret") ? models.getBytes(StandardCharsets.UTF_8)
                    : "{\"error\":\"Unauthorized\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(auth.equals("Bearer s3cret") ? 200 : 401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private ServerProbe probe(String key, String model) {
        return new ServerProbe("http://127.0.0.1:" + server.getAddress().getPort() + "/v1", key, model,
                Duration.ofSeconds(5));
    }

    @Test
    void readyWhenHealthIsOkAndTheModelIsListedWithTheKey() throws Exception {
        assertEquals(ServerProbe.Health.READY, probe("s3cret", "qwen").probe());
        assertEquals(List.of("Bearer s3cret"), List.copyOf(authorizations));
        assertEquals(List.of("null"), List.copyOf(healthAuthorizations), "/health is asked without the key");
    }

    @Test
    void aWrongKeyOrAnotherModelIsNotServing() throws Exception {
        ServerProbe wrongKey = probe("nope", "qwen");
        assertEquals(ServerProbe.Health.NOT_SERVING, wrongKey.probe());
        assertTrue(wrongKey.lastProblem().contains("401 (wrong API key)"), wrongKey.lastProblem());
        ServerProbe otherModel = probe("s3cret", "mistral");
        assertEquals(ServerProbe.Health.NOT_SERVING, otherModel.probe());
        assertTrue(otherModel.lastProblem().contains("lists [qwen], not mistral"), otherModel.lastProblem());
    }

    @Test
    void a503FromHealthIsADeadEngineAndNoListenerIsDown() throws Exception {
        health.set(503);
        assertEquals(ServerProbe.Health.ENGINE_DEAD, probe("s3cret", "qwen").probe());
        int port = server.getAddress().getPort();
        server.stop(0);
        ServerProbe gone = new ServerProbe("http://127.0.0.1:" + port + "/v1", "", "qwen", Duration.ofSeconds(5));
        assertEquals(ServerProbe.Health.DOWN, gone.probe());
    }

    @Test
    void modelIdsAreReadFromTheOpenAiList() {
        assertEquals(List.of("a/b", "c\"d"), ServerProbe.modelIds(
                "{\"data\":[{\"id\":\"a\\/b\",\"object\":\"model\"},{\"id\" : \"c\\\"d\"}]}"));
    }

    @Test
    void aVeryLongIdIsReadWithoutOverflowingTheStack() {
        String id = "x\\\"".repeat(100_000);
        List<String> ids = ServerProbe.modelIds("{\"data\":[{\"id\":\"" + id + "\",\"object\":\"model\"},"
                + "{\"id\":\"qwen\\u002dinstruct\"}]}");
        assertEquals(List.of("x\"".repeat(100_000), "qwen-instruct"), ids);
    }

    @Test
    void aModelListOverOneMebibyteIsNotServing() throws Exception {
        models = "{\"object\":\"list\",\"data\":[{\"id\":\"qwen\",\"object\":\"model\",\"root\":\""
                + "x".repeat(ServerProbe.MAX_MODELS_BODY) + "\"}]}";
        ServerProbe probe = probe("s3cret", "qwen");
        assertEquals(ServerProbe.Health.NOT_SERVING, probe.probe());
        assertTrue(probe.lastProblem().contains("/v1/models answered more than 1048576 bytes"), probe.lastProblem());
        models = "{\"object\":\"list\",\"data\":[{\"id\":\"qwen\",\"object\":\"model\",\"root\":\""
                + "x".repeat(ServerProbe.MAX_MODELS_BODY - 100) + "\"}]}";
        assertEquals(ServerProbe.Health.READY, probe.probe(), "just under the limit is fine");
    }

    @Test
    @Timeout(60) // a guard against the hang this test is about; it asserts no duration
    void aBodyThatStopsHalfWayIsNoAnswerWithinTheProbeTimeout() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService handlers = Executors.newCachedThreadPool();
        HttpServer stalling = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        stalling.setExecutor(handlers);
        AtomicReference<String> stallAt = new AtomicReference<>("/v1/models");
        stalling.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals(stallAt.get())) {
                exchange.sendResponseHeaders(200, 1000);
                exchange.getResponseBody().write("{\"object\":".getBytes(StandardCharsets.UTF_8));
                exchange.getResponseBody().flush();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                exchange.sendResponseHeaders(200, -1);
            }
            exchange.close();
        });
        stalling.start();
        try {
            ServerProbe probe = new ServerProbe("http://127.0.0.1:" + stalling.getAddress().getPort() + "/v1", "",
                    "qwen", Duration.ofSeconds(2));
            assertEquals(ServerProbe.Health.DOWN, probe.probe());
            assertTrue(probe.lastProblem().contains("the /v1/models body did not arrive in time"),
                    probe.lastProblem());
            stallAt.set("/health");
            assertEquals(ServerProbe.Health.DOWN, probe.probe());
            assertTrue(probe.lastProblem().contains("no complete answer from /health within 2000 ms"),
                    probe.lastProblem());
        } finally {
            release.countDown();
            stalling.stop(0);
            handlers.shutdownNow();
        }
    }
}
