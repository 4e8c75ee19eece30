package io.logicminer.logicnet;

import static io.logicminer.logicnet.AxonFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.logicminer.bittensor.axon.AxonServer;
import io.logicminer.bittensor.dendrite.AxonTarget;
import io.logicminer.bittensor.dendrite.DendriteResult;
import io.logicminer.bittensor.synapse.Synapse;
import io.logicminer.bittensor.synapse.SynapseJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 11's hostile load against a real axon on an ephemeral port: a nonce and Information flood from one hotkey
 * while a validator keeps being served, malformed fields, Jetty-level bad requests, slow headers and a connection
 * flood, a burst far above capacity with a slow solver, and a graceful close with requests in flight. Bounded in
 * time (each test has a hang guard); synchronisation by latches and futures only.
 */
@Timeout(120)
class AxonHostileLoadTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final ExecutorService THREADS = Executors.newVirtualThreadPerTaskExecutor();
    private final LogicHandler echo = (q, b, who) -> new LogicAnswer("reasoned", "42");
    private AxonServer axon;

    @AfterEach
    void stop() {
        if (axon != null) {
            axon.close();
        }
    }

    private static Synapse question(String text, int timeout) {
        return LogicSynapse.question(text, "Logic", timeout, "t").toSynapse();
    }

    @Test
    void nonceFloodFromOneHotkeyNeverLocksOutAValidator() {
        axon = start(config().noncesPerHotkey(16).informationRate(1e6).informationBurst(1_000_000).build(), echo);
        for (int i = 0; i < 300; i++) {
            // A fresh dendrite (uuid) per request from a metagraph hotkey without a permit, as in the issue.
            assertEquals(200, dendrite(NO_PERMIT).call(target(axon), Synapse.empty(InformationSynapse.KIND), TIMEOUT)
                .statusCode());
        }
        assertEquals(16, axon.pipeline().verifier().nonceEntries(NO_PERMIT.ss58Address()),
            "the flooder only ever evicts its own dendrite instances");
        DendriteResult validator = dendrite(VALIDATOR).call(target(axon), question("q", 20), TIMEOUT);
        assertEquals(200, validator.statusCode(), validator.statusMessage());
        assertEquals("42", LogicSynapse.from(validator.synapse()).logicAnswer().asText());
        assertEquals(1, axon.pipeline().verifier().nonceEntries(VALIDATOR.ss58Address()));
    }

    @Test
    void informationFloodIsRateLimitedPerHotkeyWith429InTheSdkShape() throws Exception {
        axon = start(config().informationRate(0.001).informationBurst(20).build(), echo);
        int ok = 0;
        Raw limited = null;
        for (int i = 0; i < 60; i++) {
            Raw raw = post(axon, dendrite(NO_PERMIT).prepare(target(axon), Synapse.empty(InformationSynapse.KIND),
                TIMEOUT));
            if (raw.status() == 200) {
                ok++;
            } else {
                assertEquals(429, raw.status(), raw.body());
                limited = raw;
            }
        }
        assertEquals(20, ok, "the burst, then nothing until tokens come back");
        assertNotNull(limited);
        assertTrue(json(limited.body()).get("message").asText().contains("axon.information_rate"), limited.body());
        assertEquals("429", limited.header("bt_header_axon_status_code"));
        assertNotNull(limited.header("Retry-After"));
        assertEquals(40, axon.metrics().requests(429, "rate_limited"));
        // Another hotkey (a stranger too) still gets its answer, and Information is never blacklisted.
        assertEquals(200, dendrite(STRANGER).call(target(axon), Synapse.empty(InformationSynapse.KIND), TIMEOUT)
            .statusCode());
        assertEquals(200, dendrite(VALIDATOR).call(target(axon), question("q", 20), TIMEOUT).statusCode());
    }

    @Test
    void everyMalformedFieldIsA4xxInTheSdkShapeAndCounted() throws Exception {
        axon = start(config().build(), echo);
        List<Raw> replies = new ArrayList<>();

        ObjectNode hugePort = SynapseJson.toJson(prepared());
        ((ObjectNode) hugePort.get("dendrite")).put("port", 1L << 40);
        replies.add(expect(400, "'dendrite.port' must be an integer in 32-bit range", postBody(hugePort)));

        ObjectNode textStatus = SynapseJson.toJson(prepared());
        ((ObjectNode) textStatus.get("axon")).put("status_code", "many");
        replies.add(expect(400, "'axon.status_code' must be an integer", postBody(textStatus)));

        ObjectNode textTimeout = SynapseJson.toJson(prepared());
        textTimeout.put("timeout", "soon");
        replies.add(expect(400, "'timeout' must be an integer", postBody(textTimeout)));

        replies.add(expect(400, "header 'timeout' must be a positive number", post(axon, prepared(), null,
            Map.of("timeout", "0"))));
        replies.add(expect(400, "header 'timeout' must be a positive number", post(axon, prepared(), null,
            Map.of("timeout", "-5"))));
        replies.add(expect(400, "header 'timeout' must be a finite number", post(axon, prepared(), null,
            Map.of("timeout", "NaN"))));
        replies.add(expect(400, "header 'bt_header_dendrite_nonce' must be an integer", post(axon, prepared(), null,
            Map.of("bt_header_dendrite_nonce", "12abc"))));
        replies.add(expect(400, "header 'bt_header_dendrite_port' is out of range", post(axon, prepared(), null,
            Map.of("bt_header_dendrite_port", Long.toString(1L << 40)))));

        for (Raw raw : replies) {
            assertEquals(Integer.toString(raw.status()), raw.header("bt_header_axon_status_code"));
            assertTrue(raw.header("Content-Type").startsWith("application/json"));
        }
        assertEquals(3, axon.metrics().requests(400, "bad_body"));
        assertEquals(2, axon.metrics().requests(400, "bad_timeout"));
        assertEquals(3, axon.metrics().requests(400, "bad_header"));
        assertEquals(replies.size(), totalRequests());
    }

    @Test
    void questionOverTheCapIs413BeforeAnySolving() throws Exception {
        AtomicInteger solves = new AtomicInteger();
        axon = start(config().maxQuestionBytes(16 * 1024).build(), (q, b, who) -> {
            solves.incrementAndGet();
            return new LogicAnswer("r", "a");
        });
        Raw big = post(axon, dendrite(VALIDATOR).prepare(target(axon), question("9".repeat(20_000), 20), TIMEOUT));
        expect(413, "logic_question of 20000 bytes exceeds axon.max_question_bytes = 16384", big);
        Raw multibyte = post(axon, dendrite(VALIDATOR).prepare(target(axon), question("é".repeat(9_000), 20), TIMEOUT));
        expect(413, "logic_question of 18000 bytes", multibyte);
        assertEquals(0, solves.get());
        assertEquals(200, dendrite(VALIDATOR).call(target(axon), question("é".repeat(5_000), 20), TIMEOUT)
            .statusCode());
        assertEquals(1, solves.get());
    }

    @Test
    void jettyLevelErrorsAreJsonNotHtml() throws Exception {
        axon = start(config().maxHeaderBytes(2048).build(), echo);
        String garbage = rawExchange("GARBAGE\r\n\r\n");
        assertTrue(garbage.startsWith("HTTP/1.1 400"), garbage);
        assertJsonError(garbage);
        String bigHeader = rawExchange("POST /LogicSynapse HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(4096)
            + "\r\n\r\n");
        assertTrue(bigHeader.startsWith("HTTP/1.1 431"), bigHeader);
        assertJsonError(bigHeader);
        String longUri = rawExchange("GET /" + "u".repeat(4096) + " HTTP/1.1\r\nHost: x\r\n\r\n");
        assertTrue(longUri.startsWith("HTTP/1.1 414") || longUri.startsWith("HTTP/1.1 431"), longUri);
        assertJsonError(longUri);
        assertTrue(axon.metrics().requests(400, "http_error") >= 1);
    }

    @Test
    void slowHeadersAreCutOffAndConnectionsAreCapped() throws Exception {
        CountDownLatch slowHeadersGone = new CountDownLatch(1);
        LogicHandler waitsPastTheHeaderTimeout = (q, b, who) -> {
            slowHeadersGone.await();
            return new LogicAnswer("r", "slow but answered");
        };
        axon = start(config().headerTimeout(Duration.ofMillis(300)).maxConnections(10).build(),
            waitsPastTheHeaderTimeout);
        // A real request that is still being solved when the header timeout passes must not be cut.
        CompletableFuture<DendriteResult> solving = CompletableFuture.supplyAsync(
            () -> dendrite(VALIDATOR).call(target(axon), question("q", 20), TIMEOUT), THREADS);
        List<Socket> slow = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Socket socket = new Socket("127.0.0.1", axon.port());
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write("POST /LogicSynapse HTTP/1.1\r\nHo".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            slow.add(socket);
        }
        assertTrue(axon.openConnections() <= 10, "connections capped: " + axon.openConnections());
        for (Socket socket : slow) {
            // Blocks until the axon closes the connection (the header timeout, or once admitted past the cap).
            try (socket; InputStream in = socket.getInputStream()) {
                assertEquals(-1, drain(in), "slow-header connection closed by the axon");
            }
        }
        slowHeadersGone.countDown();
        DendriteResult result = solving.get();
        assertEquals(200, result.statusCode(), result.statusMessage());
        assertEquals("slow but answered", LogicSynapse.from(result.synapse()).logicAnswer().asText());
    }

    @Test
    void burstFarAboveCapacityGetsAnswersInTimeAndFast503sForTheOverflow() throws Exception {
        // Two slots, a solver that takes 400 ms, 100 requests at once with a 3 s timeout (2 s of budget).
        LogicHandler slow = (q, budget, who) -> {
            Thread.sleep(400); // the simulated solve's work, not synchronisation
            return new LogicAnswer("r", "done");
        };
        axon = start(config().maxConcurrent(2).queueCapacity(64).minSolveBudget(Duration.ofMillis(200))
            .initialSolveTime(Duration.ofMillis(400)).policy(UNLIMITED).build(), slow);
        List<CompletableFuture<DendriteResult>> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> dendrite(VALIDATOR).call(target(axon), question("q", 3),
                Duration.ofSeconds(3)), THREADS));
        }
        Map<Integer, Integer> statuses = new HashMap<>();
        for (CompletableFuture<DendriteResult> call : calls) {
            DendriteResult result = call.get();
            statuses.merge(result.statusCode(), 1, Integer::sum);
            if (result.statusCode() == 200) {
                assertEquals("done", LogicSynapse.from(result.synapse()).logicAnswer().asText());
            }
        }
        assertEquals(100, statuses.getOrDefault(200, 0) + statuses.getOrDefault(503, 0),
            "every reply is an answer or a 503, none a timeout: " + statuses);
        assertTrue(statuses.getOrDefault(200, 0) >= 2, statuses.toString());
        long refusedAtOnce = axon.metrics().requests(503, "cannot_finish");
        assertTrue(refusedAtOnce >= 50, "most of the overflow refused at admission, not after waiting: "
            + refusedAtOnce + " of " + statuses);
    }

    @Test
    void closeDrainsEveryRequestInFlight() throws Exception {
        CountDownLatch allStarted = new CountDownLatch(4);
        CountDownLatch release = new CountDownLatch(1);
        axon = start(config().maxConcurrent(4).build(), (q, b, who) -> {
            allStarted.countDown();
            release.await();
            return new LogicAnswer("r", "drained");
        });
        List<CompletableFuture<DendriteResult>> inFlight = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            inFlight.add(CompletableFuture.supplyAsync(() -> dendrite(VALIDATOR).call(target(axon), question("q", 20),
                TIMEOUT), THREADS));
        }
        allStarted.await();
        CountDownLatch stopping = new CountDownLatch(1);
        axon.onStopping(stopping::countDown);
        AxonServer closing = axon;
        int port = closing.port();
        axon = null;
        CompletableFuture<Void> closed = CompletableFuture.runAsync(closing::close, THREADS);
        stopping.await();
        release.countDown();
        for (CompletableFuture<DendriteResult> call : inFlight) {
            DendriteResult result = call.get();
            assertEquals(200, result.statusCode(), result.statusMessage());
            assertEquals("drained", LogicSynapse.from(result.synapse()).logicAnswer().asText());
        }
        closed.get();
        assertEquals(503, dendrite(VALIDATOR).call(new AxonTarget("127.0.0.1", port, MINER.ss58Address()),
            question("q", 20), TIMEOUT).statusCode(), "connection refused after close");
    }

    private static final io.logicminer.bittensor.policy.MinerPolicy UNLIMITED =
        new io.logicminer.bittensor.policy.MinerPolicy(10_000, true, 1_000_000, Duration.ofSeconds(600), 2,
            Integer.MAX_VALUE, "Logic");

    private Synapse prepared() {
        return dendrite(VALIDATOR).prepare(target(axon), question("q", 20), TIMEOUT);
    }

    private Raw postBody(ObjectNode body) throws IOException {
        Synapse headersFrom = dendrite(VALIDATOR).prepare(target(axon), question("q", 20), TIMEOUT);
        return post(axon, headersFrom, SynapseJson.mapper().writeValueAsBytes(body), Map.of());
    }

    private static Raw expect(int status, String fragment, Raw raw) throws IOException {
        assertEquals(status, raw.status(), raw.body());
        assertTrue(json(raw.body()).get("message").asText().contains(fragment), raw.body());
        return raw;
    }

    private static JsonNode json(String body) throws IOException {
        return SynapseJson.mapper().readTree(body);
    }

    private long totalRequests() {
        long total = 0;
        for (var point : axon.metrics().registry().scrape().stream()
            .filter(s -> s.getMetadata().getPrometheusName().equals("logicminer_axon_requests")).findFirst()
            .orElseThrow().getDataPoints()) {
            total += (long) ((io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot) point)
                .getValue();
        }
        return total;
    }

    private String rawExchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", axon.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.net.SocketException e) {
            throw new IOException("axon reset the connection instead of answering: " + e.getMessage(), e);
        }
    }

    private static void assertJsonError(String response) throws IOException {
        int split = response.indexOf("\r\n\r\n");
        String head = response.substring(0, split).toLowerCase(java.util.Locale.ROOT);
        assertTrue(head.contains("content-type: application/json"), response);
        assertFalse(response.contains("<html"), response);
        assertTrue(json(response.substring(split + 4)).has("message"), response);
    }

    private static int drain(InputStream in) throws IOException {
        try {
            int read;
            do {
                read = in.read();
            } while (read != -1);
            return read;
        } catch (SocketTimeoutException e) {
            return 0;
        } catch (java.net.SocketException e) {
            return -1; // reset: closed as well
        }
    }
}
