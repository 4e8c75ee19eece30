package io.logicminer.solver.openai;

import io.logicminer.spi.chat.ChatMessage;
import io.logicminer.spi.chat.ChatModelException;
import io.logicminer.spi.chat.ChatRequest;
import io.logicminer.spi.chat.ChatResponse;
import io.logicminer.spi.metrics.Metrics;
import io.logicminer.testkit.FixedHostContext;
import io.logicminer.testkit.MapComponentConfig;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An {@code openai} model over several vLLM-like servers (MockWebServers): least-outstanding-requests routing,
 * failover when one is down (refused, 503), recovery after a probe, the error when all are down, the deadline.
 */
class EndpointPoolTest {

    private static final String MODEL = "Qwen/Qwen2-7B-Instruct";
    private static final String IN_FLIGHT = "logicminer_llm_endpoint_in_flight";
    private static final String REQUESTS = "logicminer_llm_endpoint_requests_total";
    private static final String SECONDS = "logicminer_llm_endpoint_request_seconds";
    private static final String HEALTHY = "logicminer_llm_endpoint_healthy";
    private static final String PROBES = "logicminer_llm_endpoint_probes_total";

    private final BlockingQueue<String> arrivals = new LinkedBlockingQueue<>();
    private final List<FakeVllmServer> servers = new ArrayList<>();
    private final RecordingMetrics metrics = new RecordingMetrics();
    private final SteerableClock clock = new SteerableClock();
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();
    private OpenAiChatModel model;

    /** System time plus an offset a test moves forward, to make probe backoffs come due without waiting. */
    private static final class SteerableClock extends Clock {
        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        void advance(Duration by) {
            offset.updateAndGet(d -> d.plus(by));
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    @AfterEach
    void stop() throws Exception {
        servers.forEach(FakeVllmServer::release);
        if (model != null) {
            model.close();
        }
        callers.shutdownNow();
        for (FakeVllmServer server : servers) {
            server.close();
        }
    }

    private FakeVllmServer server(String name) throws IOException {
        FakeVllmServer server = new FakeVllmServer(name, arrivals);
        servers.add(server);
        return server;
    }

    private static String refusedUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
        }
    }

    private static Map<String, Object> endpoint(String baseUrl) {
        Map<String, Object> endpoint = new HashMap<>();
        endpoint.put("base_url", baseUrl);
        return endpoint;
    }

    /** A pool over the URLs; probes come due only when the test advances the clock by an hour. */
    private MapComponentConfig config(String... baseUrls) {
        List<Map<String, Object>> endpoints = new ArrayList<>();
        for (String url : baseUrls) {
            endpoints.add(endpoint(url));
        }
        return MapComponentConfig.of("models.pool", "type", "openai", "model", MODEL, "endpoints", endpoints,
                "stream", false, "max_retries", 0, "retry_backoff", "10ms", "probe_backoff", "1h",
                "probe_max_backoff", "4h");
    }

    private OpenAiChatModel model(MapComponentConfig config) {
        model = (OpenAiChatModel) new OpenAiChatModelType().create("pool", config, new FixedHostContext(clock) {
            @Override
            public Metrics metrics() {
                return metrics;
            }
        });
        return model;
    }

    private static ChatRequest question(Instant deadline) {
        return new ChatRequest(List.of(ChatMessage.user("Solve 2x + 1 = 5.")), 0.8, null, 2048, null, 1, deadline);
    }

    private Future<ChatResponse> send() {
        return callers.submit(() -> model.complete(question(null)));
    }

    private String nextArrival() throws InterruptedException {
        String where = arrivals.poll(10, TimeUnit.SECONDS);
        if (where == null) {
            throw new AssertionError("no request arrived at any server");
        }
        return where;
    }

    private double requests(FakeVllmServer server, String outcome) {
        return metrics.value(REQUESTS, "pool", server.baseUrl(), outcome);
    }

    @Test
    void requestsGoToTheEndpointWithFewestOutstandingSoHeldRequestsSpreadEvenly() throws Exception {
        FakeVllmServer a = server("a");
        FakeVllmServer b = server("b");
        FakeVllmServer c = server("c");
        for (FakeVllmServer server : servers) {
            server.hold();
            server.chat = () -> VllmResponses.stream("chat-completion-stream.sse");
        }
        model(config(a.baseUrl(), b.baseUrl(), c.baseUrl()).with("stream", true));
        List<Future<ChatResponse>> replies = new ArrayList<>();
        List<String> firstRound = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            replies.add(send());
            firstRound.add(nextArrival());
        }
        assertEquals(List.of("a", "b", "c"), firstRound.stream().sorted().toList(),
                "with one request outstanding on each visited server, the next goes to an idle one");
        for (FakeVllmServer server : servers) {
            assertEquals(1.0, metrics.value(IN_FLIGHT, "pool", server.baseUrl()), server.name);
        }
        List<String> secondRound = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            replies.add(send());
            secondRound.add(nextArrival());
        }
        assertEquals(List.of("a", "b", "c"), secondRound.stream().sorted().toList());
        servers.forEach(FakeVllmServer::release);
        for (Future<ChatResponse> reply : replies) {
            assertEquals("stop", reply.get(10, TimeUnit.SECONDS).choices().get(0).finishReason());
        }
        for (FakeVllmServer server : servers) {
            assertEquals(2, server.chatRequests(), server.name);
            assertEquals(0.0, metrics.value(IN_FLIGHT, "pool", server.baseUrl()), server.name);
            assertEquals(2.0, requests(server, "ok"), server.name);
            assertEquals(2.0, metrics.value(SECONDS, "pool", server.baseUrl()), server.name);
            RecordedRequest sent = server.chats().get(0);
            assertEquals("text/event-stream", sent.getHeader("Accept"));
            assertTrue(sent.getBody().readUtf8().contains("\"model\":\"" + MODEL + "\""));
        }
    }

    @Test
    void aBusyEndpointIsPassedOverAndTheIdleOnesTakeTurns() throws Exception {
        FakeVllmServer a = server("a");
        FakeVllmServer b = server("b");
        FakeVllmServer c = server("c");
        servers.forEach(FakeVllmServer::hold);
        model(config(a.baseUrl(), b.baseUrl(), c.baseUrl()));
        Future<ChatResponse> slow = send();
        String busy = nextArrival();
        servers.stream().filter(s -> !s.name.equals(busy)).forEach(FakeVllmServer::release);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            model.complete(question(clock.instant().plusSeconds(10))); // a regression fails, it does not hang
            counts.merge(nextArrival(), 1, Integer::sum);
        }
        assertFalse(counts.containsKey(busy), "the server holding a request got none of the others: " + counts);
        assertEquals(List.of(5, 5), List.copyOf(counts.values()), "ties are taken in turn: " + counts);
        servers.forEach(FakeVllmServer::release);
        assertEquals("stop", slow.get(10, TimeUnit.SECONDS).choices().get(0).finishReason());
    }

    @Test
    void aRefusedEndpointIsSkippedAtOnceAndLeftOutUntilProbed() throws Exception {
        String refused = refusedUrl();
        FakeVllmServer b = server("b");
        model(config(refused, b.baseUrl()));
        for (int i = 0; i < 5; i++) {
            ChatResponse response = model.complete(question(null));
            assertEquals("We need 2x + 1 = 5, so 2x = 4 and x = 2.", response.choices().get(0).content());
        }
        assertEquals(5, b.chatRequests());
        assertEquals(1.0, metrics.value(REQUESTS, "pool", refused, "connect_error"),
                "the first request tried the first listed endpoint, failed over, and no request went there again");
        assertEquals(0.0, metrics.value(HEALTHY, "pool", refused));
        assertEquals(1.0, metrics.value(HEALTHY, "pool", b.baseUrl()));
        assertEquals(5.0, requests(b, "ok"));
    }

    @Test
    void anEndpointAnswering503IsFailedOverAndLeftOut() throws Exception {
        FakeVllmServer a = server("a");
        FakeVllmServer b = server("b");
        a.chat = () -> VllmResponses.json(503, "error-overloaded-503.json");
        model(config(a.baseUrl(), b.baseUrl()));
        for (int i = 0; i < 4; i++) {
            assertEquals("stop", model.complete(question(null)).choices().get(0).finishReason());
        }
        assertEquals(1, a.chatRequests(), "one 503 takes the endpoint out of rotation");
        assertEquals(4, b.chatRequests());
        assertEquals(1.0, requests(a, "server_error"));
        assertFalse(model.pool().isHealthy(model.pool().endpoints().get(0)));
    }

    @Test
    void aDownEndpointReturnsOnceAProbeFindsItServingTheModelWithBackoffBetweenProbes() throws Exception {
        FakeVllmServer a = server("a");
        FakeVllmServer b = server("b");
        a.chat = () -> VllmResponses.json(503, "error-overloaded-503.json");
        a.models = () -> VllmResponses.json(503, "error-overloaded-503.json");
        model(config(a.baseUrl(), b.baseUrl()).with("api_key", "sk-pool-0123456789"));
        model.complete(question(null));
        assertEquals(1, a.chatRequests());

        model.pool().probeDue();
        assertEquals(0, a.probes().size(), "no probe before probe_backoff");
        clock.advance(Duration.ofHours(1));
        model.pool().probeDue();
        assertEquals(1, a.probes().size());
        RecordedRequest probe = a.probes().get(0);
        assertEquals("GET", probe.getMethod());
        assertEquals("/v1/models", probe.getPath());
        assertEquals("Bearer sk-pool-0123456789", probe.getHeader("Authorization"));
        assertEquals(1.0, metrics.value(PROBES, "pool", a.baseUrl(), "down"));

        a.models = () -> VllmResponses.json(200, "models-other.json");
        clock.advance(Duration.ofHours(1));
        model.pool().probeDue();
        assertEquals(1, a.probes().size(), "after a failed probe the next waits twice as long");
        clock.advance(Duration.ofHours(1));
        model.pool().probeDue();
        assertEquals(2, a.probes().size());
        assertEquals(0.0, metrics.value(HEALTHY, "pool", a.baseUrl()),
                "a server that serves another model stays out");

        a.models = () -> VllmResponses.json(200, "models.json");
        a.chat = () -> VllmResponses.json(200, "chat-completion.json");
        clock.advance(Duration.ofHours(4));
        model.pool().probeDue();
        assertEquals(3, a.probes().size());
        assertEquals(1.0, metrics.value(HEALTHY, "pool", a.baseUrl()));
        assertEquals(1.0, metrics.value(PROBES, "pool", a.baseUrl(), "up"));
        for (int i = 0; i < 4; i++) {
            model.complete(question(null));
        }
        assertEquals(3, a.chatRequests(), "back in rotation: idle endpoints take turns");
        assertEquals(2.0, requests(a, "ok"));
    }

    @Test
    void theBackgroundProberBringsAnEndpointBack() throws Exception {
        FakeVllmServer a = server("a");
        FakeVllmServer b = server("b");
        a.chat = () -> VllmResponses.json(502, "error-overloaded-503.json");
        model(config(a.baseUrl(), b.baseUrl()).with("probe_backoff", "20ms").with("probe_max_backoff", "40ms"));
        model.complete(question(null));
        assertEquals(0.0, metrics.value(HEALTHY, "pool", a.baseUrl()));
        a.chat = () -> VllmResponses.json(200, "chat-completion.json");
        metrics.await(1.0, Duration.ofSeconds(10), HEALTHY, "pool", a.baseUrl());
        assertTrue(a.probes().size() >= 1);
        model.complete(question(null));
        model.complete(question(null));
        assertEquals(2, a.chatRequests(), "the first 502 and one of the two requests after recovery");
    }

    @Test
    void vllmsHealthEndpointCanBeTheProbe() throws Exception {
        FakeVllmServer a = server("a");
        FakeVllmServer b = server("b");
        a.chat = () -> VllmResponses.json(503, "error-overloaded-503.json");
        a.health = () -> new MockResponse().setResponseCode(503);
        model(config(a.baseUrl(), b.baseUrl()).with("probe", "health").with("api_key", "sk-pool-0123456789"));
        model.complete(question(null));
        clock.advance(Duration.ofHours(1));
        model.pool().probeDue();
        assertEquals("/health", a.probes().get(0).getPath());
        assertEquals(null, a.probes().get(0).getHeader("Authorization"), "vLLM's /health is not behind the key");
        assertEquals(0.0, metrics.value(HEALTHY, "pool", a.baseUrl()));
        a.health = () -> new MockResponse().setResponseCode(200);
        clock.advance(Duration.ofHours(2));
        model.pool().probeDue();
        assertEquals(1.0, metrics.value(HEALTHY, "pool", a.baseUrl()));
    }

    @Test
    void allDownIsOneErrorNamingEveryEndpointAndItsLastError() throws Exception {
        String refused = refusedUrl();
        FakeVllmServer b = server("b");
        b.chat = () -> VllmResponses.json(503, "error-overloaded-503.json");
        model(config(refused, b.baseUrl()).with("max_retries", 1));
        ChatModelException e = assertThrows(ChatModelException.class, () -> model.complete(question(null)));
        String message = e.getMessage();
        assertTrue(message.startsWith("all 2 endpoints of model 'pool' are down: "), message);
        assertTrue(message.contains(refused + ": ConnectException"), message);
        assertTrue(message.contains(b.baseUrl() + ": HTTP 503: The server is overloaded"), message);
        assertEquals(2, b.chatRequests(), "with every endpoint down, the retry tries them all again");
        assertEquals(2.0, metrics.value(REQUESTS, "pool", refused, "connect_error"));

        b.chat = () -> VllmResponses.json(200, "chat-completion.json");
        assertEquals("stop", model.complete(question(null)).choices().get(0).finishReason(),
                "with all down, requests still go out, and the first success brings its endpoint back");
        assertEquals(1.0, metrics.value(HEALTHY, "pool", b.baseUrl()));
    }

    @Test
    void theDeadlineEndsARequestHeldByASlowEndpointWithoutFailingOver() throws Exception {
        FakeVllmServer a = server("a");
        FakeVllmServer b = server("b");
        a.hold();
        model(config(a.baseUrl(), b.baseUrl()).with("max_retries", 3));
        ChatModelException e = assertThrows(ChatModelException.class,
                () -> model.complete(question(clock.instant().plusMillis(300))));
        assertEquals(ChatModelException.Reason.DEADLINE, e.reason());
        assertEquals(1, a.chatRequests());
        assertEquals(0, b.chatRequests(), "no attempt after the deadline");
        assertEquals(1.0, requests(a, "deadline"));
        assertTrue(model.pool().isHealthy(model.pool().endpoints().get(0)), "our deadline is not the server's fault");
    }

    @Test
    void noRetryRoundWhenItsBackoffWouldOverrunTheDeadline() throws Exception {
        FakeVllmServer a = server("a");
        FakeVllmServer b = server("b");
        for (FakeVllmServer server : servers) {
            server.chat = () -> VllmResponses.json(503, "error-overloaded-503.json").setHeader("Retry-After", "30");
        }
        model(config(a.baseUrl(), b.baseUrl()).with("max_retries", 5));
        ChatModelException e = assertThrows(ChatModelException.class,
                () -> model.complete(question(clock.instant().plusSeconds(5))));
        assertEquals(ChatModelException.Reason.DEADLINE, e.reason());
        assertTrue(e.getMessage().contains("no time left to retry") && e.getMessage().contains("503"),
                e.getMessage());
        assertEquals(1, a.chatRequests(), "a failover is immediate; the retry round would wait past the deadline");
        assertEquals(1, b.chatRequests());
    }

    @Test
    void aServerRefusingTheKeyIsTakenOutButAWrongKeyEverywhereIsNotRetried() throws Exception {
        FakeVllmServer a = server("a");
        FakeVllmServer b = server("b");
        a.chat = () -> VllmResponses.json(401, "error-openai-shape-401.json");
        model(config(a.baseUrl(), b.baseUrl()).with("max_retries", 3));
        assertEquals("stop", model.complete(question(null)).choices().get(0).finishReason());
        model.complete(question(null));
        assertEquals(1, a.chatRequests());
        assertEquals(2, b.chatRequests());
        assertEquals(1.0, requests(a, "client_error"));

        b.chat = a.chat;
        ChatModelException e = assertThrows(ChatModelException.class, () -> model.complete(question(null)));
        assertEquals(401, e.httpStatus());
        assertTrue(e.getMessage().contains("all 2 endpoints of model 'pool' are down")
                && e.getMessage().contains("Incorrect API key"), e.getMessage());
        assertEquals(2, a.chatRequests(), "with all down both were tried once more, and no retry round followed");
        assertEquals(3, b.chatRequests());
    }

    @Test
    void eachEndpointSendsItsOwnApiKeyOrTheSharedOne() throws Exception {
        FakeVllmServer a = server("a");
        FakeVllmServer b = server("b");
        Map<String, Object> withKey = endpoint(a.baseUrl());
        withKey.put("api_key", "sk-only-for-a-0000");
        model(MapComponentConfig.of("models.pool", "type", "openai", "model", MODEL, "stream", false,
                "api_key", "sk-shared-1111", "endpoints", List.of(withKey, endpoint(b.baseUrl()))));
        model.complete(question(null));
        model.complete(question(null));
        assertEquals("Bearer sk-only-for-a-0000", a.chats().get(0).getHeader("Authorization"));
        assertEquals("Bearer sk-shared-1111", b.chats().get(0).getHeader("Authorization"));
        String described = model.describe();
        assertTrue(described.contains("2 endpoints") && described.contains(a.baseUrl())
                && described.contains("****0000") && described.contains("****1111"), described);
        assertFalse(described.contains("sk-only-for-a") || described.contains("sk-shared"), described);
        assertNotEquals(a.baseUrl(), b.baseUrl());
    }

    @Test
    void aRequestThatCannotBeBuiltStillReleasesItsEndpoint() throws Exception {
        FakeVllmServer a = server("a");
        OpenAiSettings valid = OpenAiSettings.from(config(a.baseUrl()));
        // A key that skipped the config check (settings made in code): OkHttp refuses it as a header value.
        OpenAiSettings settings = new OpenAiSettings(List.of(new EndpointSettings(okhttp3.HttpUrl.get(a.baseUrl()),
                "sk-pasted\n")), valid.model(), null, null, null, List.of(), false, valid.connectTimeout(),
                valid.readTimeout(), 0, valid.retryBackoff(), valid.probe(), valid.probeBackoff(),
                valid.probeMaxBackoff(), valid.probeTimeout());
        model = new OpenAiChatModel("pool", settings, clock, metrics);
        assertThrows(IllegalArgumentException.class, () -> model.complete(question(null)));
        assertEquals(0, model.pool().endpoints().get(0).inFlight.get());
        assertEquals(0.0, metrics.value(IN_FLIGHT, "pool", a.baseUrl()));
        assertEquals(0, a.chatRequests());
    }

    @Test
    void anEndpointAnsweringA2xxThatIsNotACompletionIsTakenOutAndFailedOver() throws Exception {
        FakeVllmServer a = server("a");
        FakeVllmServer b = server("b");
        a.chat = () -> new MockResponse().setResponseCode(200).setHeader("Content-Type", "text/html")
                .setBody("<html><body>Welcome to nginx!</body></html>");
        model(config(a.baseUrl(), b.baseUrl()).with("max_retries", 3));
        for (int i = 0; i < 4; i++) {
            assertEquals("stop", model.complete(question(null)).choices().get(0).finishReason());
        }
        assertEquals(1, a.chatRequests(), "one malformed reply takes the endpoint out of rotation");
        assertEquals(4, b.chatRequests());
        assertEquals(1.0, requests(a, "malformed"));
        assertFalse(model.pool().isHealthy(model.pool().endpoints().get(0)));
        assertTrue(model.pool().problems().contains(a.baseUrl() + ": malformed reply: "), model.pool().problems());

        b.chat = a.chat;
        ChatModelException e = assertThrows(ChatModelException.class, () -> model.complete(question(null)));
        assertEquals(ChatModelException.Reason.MALFORMED_RESPONSE, e.reason());
        assertTrue(e.getMessage().startsWith("all 2 endpoints of model 'pool' are down"), e.getMessage());
        assertEquals(2, a.chatRequests(), "malformed everywhere: each tried once more, no retry round");
        assertEquals(5, b.chatRequests());
    }

    @Test
    void aStreamEndingBeforeAnyTextTakesAnEndpointOfAPoolOut() throws Exception {
        FakeVllmServer a = server("a");
        FakeVllmServer b = server("b");
        a.chat = () -> new MockResponse().setResponseCode(200).setHeader("Content-Type", "text/event-stream")
                .setBody(": keep-alive\n\n");
        b.chat = () -> VllmResponses.stream("chat-completion-stream.sse");
        model(config(a.baseUrl(), b.baseUrl()).with("stream", true));
        model.complete(question(null));
        model.complete(question(null));
        assertEquals(1, a.chatRequests());
        assertEquals(2, b.chatRequests());
        assertFalse(model.pool().isHealthy(model.pool().endpoints().get(0)));
    }

    private static MockResponse modelList(int count, String... alsoServed) {
        StringBuilder data = new StringBuilder();
        for (String id : alsoServed) {
            data.append("{\"id\":\"").append(id).append("\",\"object\":\"model\",\"owned_by\":\"vllm\"},");
        }
        for (int i = 0; i < count; i++) {
            data.append(String.format("{\"id\":\"org/other-model-%04d\",\"object\":\"model\","
                    + "\"owned_by\":\"vllm\"},", i));
        }
        data.setLength(data.length() - 1);
        return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
                .setBody("{\"object\":\"list\",\"data\":[" + data + "]}");
    }

    /** Takes endpoint a of a pool of a and b out with a 503 and probes it once. */
    private String probedProblem(FakeVllmServer a, FakeVllmServer b, String probe) {
        a.chat = () -> VllmResponses.json(503, "error-overloaded-503.json");
        model(config(a.baseUrl(), b.baseUrl()).with("probe", probe));
        model.complete(question(null));
        clock.advance(Duration.ofHours(1));
        model.pool().probeDue();
        assertEquals(1, a.probes().size());
        String problems = model.pool().problems();
        return problems.substring(problems.indexOf(a.baseUrl()), problems.indexOf("; " + b.baseUrl()));
    }

    @Test
    void aLongListOfOtherServedModelsIsAbbreviatedInTheEndpointsLastError() throws Exception {
        FakeVllmServer a = server("a");
        FakeVllmServer b = server("b");
        a.models = () -> modelList(500);
        String problem = probedProblem(a, b, "models");
        assertTrue(problem.contains("org/other-model-0000") && problem.contains("... (500 in all)"), problem);
        assertFalse(problem.contains("org/other-model-0010"), problem);
        assertTrue(problem.length() < 600, problem.length() + " characters: " + problem);
    }

    @Test
    void aLongErrorFromAProbeIsCutShort() throws Exception {
        FakeVllmServer a = server("a");
        FakeVllmServer b = server("b");
        a.models = () -> new MockResponse().setResponseCode(500).setHeader("Content-Type", "application/json")
                .setBody("{\"object\":\"error\",\"message\":\"" + "engine dead; ".repeat(1000) + "\"}");
        String problem = probedProblem(a, b, "models");
        assertTrue(problem.contains("HTTP 500: engine dead;"), problem);
        assertTrue(problem.length() < 600, problem.length() + " characters: " + problem);
    }

    @Test
    void aModelsProbeReplyOverOneMebibyteIsNotReadAndTheEndpointStaysOut() throws Exception {
        FakeVllmServer a = server("a");
        FakeVllmServer b = server("b");
        a.models = () -> modelList(40_000, MODEL); // about 2.6 MB, the served model among them
        String problem = probedProblem(a, b, "models");
        assertTrue(problem.contains("HTTP 200 with a reply over 1048576 bytes; not read"), problem);
        assertEquals(0.0, metrics.value(HEALTHY, "pool", a.baseUrl()));
    }

    @Test
    void aHealthProbeAnswering200IsUpWhateverItsBody() throws Exception {
        FakeVllmServer a = server("a");
        FakeVllmServer b = server("b");
        a.health = () -> new MockResponse().setResponseCode(200).setBody("x".repeat(2 * 1024 * 1024));
        probedProblem(a, b, "health");
        assertEquals(1.0, metrics.value(HEALTHY, "pool", a.baseUrl()));
    }

    @Test
    void aProbeCancelledBecauseTheEndpointCameBackLeavesTheSchedulersQueue() throws Exception {
        FakeVllmServer a = server("a");
        FakeVllmServer b = server("b");
        a.chat = () -> VllmResponses.json(503, "error-overloaded-503.json");
        model(config(a.baseUrl(), b.baseUrl()));
        model.complete(question(null));
        assertEquals(1, model.pool().scheduledProbes(), "a probe of a, due in probe_backoff (1h)");
        model.pool().succeeded(model.pool().endpoints().get(0));
        assertEquals(0, model.pool().scheduledProbes(), "cancelled, not left queued for an hour");
    }
}
