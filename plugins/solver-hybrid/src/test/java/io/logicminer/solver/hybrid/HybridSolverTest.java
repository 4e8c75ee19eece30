package io.logicminer.solver.hybrid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.logicminer.solver.math.MathSolverType;
import io.logicminer.solver.openai.OpenAiChatModelType;
import io.logicminer.spi.Challenge;
import io.logicminer.spi.InvalidConfigException;
import io.logicminer.spi.Solution;
import io.logicminer.spi.SolutionStatus;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.solver.Solver;
import io.logicminer.testkit.FixedHostContext;
import io.logicminer.testkit.MapComponentConfig;
import io.logicminer.testkit.MapSolverContext;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hybrid solver with the real {@code math} engine and the real OpenAI-compatible chat model against a
 * MockWebServer speaking vLLM's chat-completions format.
 */
class HybridSolverTest {

    /** A question as LogicNet's validator sent them (2024-08 shape); the engine answers it exactly. */
    private static final String QUESTION = "Find the solution of this math problem:\n---\nTopic: Calculus, Subtopic: "
            + "Power rule differentiation.\nDifferentiate 4x^{10}\n---\n";
    private static final String ANSWER = "40x^{9}";
    /** Not a mathgenerator problem: the engine declines it. */
    private static final String UNKNOWN = "How many legs do three spiders have together?";
    private static final String PROSE = "To differentiate 4x^10, we use the power rule, which says that the derivative"
            + " of x^n is n*x^(n-1). Multiplying the coefficient 4 by the exponent 10 gives 40, and lowering the"
            + " exponent by one gives 9. So the derivative is 40x^9.";
    /** Ample for the engine and the loopback call on a loaded machine; the late cases stall far beyond it. */
    private static final Duration SHORT = Duration.ofMillis(1500);
    private static final long STALL_MILLIS = 3_000;
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock = Clock.systemUTC();
    private MockWebServer server;
    private ChatModel model;
    private Solver engine;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        model = model(server.url("/v1").toString(), true);
        engine = new MathSolverType().create("math", MapComponentConfig.of("solvers.math", "type", "math"),
                new MapSolverContext(clock));
    }

    @AfterEach
    void stop() throws Exception {
        model.close();
        server.shutdown();
    }

    private ChatModel model(String baseUrl, boolean stream) {
        return new OpenAiChatModelType().create("default", MapComponentConfig.of("models.default", "type", "openai",
                "base_url", baseUrl, "model", VllmChatReplies.MODEL, "stream", stream, "max_retries", 0),
                new FixedHostContext(clock));
    }

    private Solver hybrid(Object... extra) {
        MapComponentConfig config = MapComponentConfig.of("solvers.hybrid", "type", "hybrid", "engine", "math",
                "model", "default");
        for (int i = 0; i < extra.length; i += 2) {
            config = config.with((String) extra[i], extra[i + 1]);
        }
        return new HybridSolverType().create("hybrid", config,
                new MapSolverContext(clock).withSolver(engine).withChatModel(model));
    }

    private Solution solve(Solver solver, String question, Duration timeout) {
        Challenge challenge = Challenge.of("c", question, "Logic", timeout, clock);
        return assertTimeoutPreemptively(HANG_GUARD, () -> solver.solve(challenge));
    }

    /** The engine's own reasoning for the question, what the hybrid falls back to. */
    private String engineReasoning(String question) throws Exception {
        Solution alone = engine.solve(Challenge.of("e", question, "Logic", SHORT, clock));
        assertEquals(SolutionStatus.ANSWERED, alone.status(), alone.error());
        assertFalse(alone.reasoning().isBlank());
        return alone.reasoning();
    }

    @Test
    void theRepliesMetricHasOneBoundedLabelPerReasoningSource() {
        assertEquals("model", HybridSolver.reasoningSource(ModelReasoning.usable("prose", "in time")));
        assertEquals("model_partial",
                HybridSolver.reasoningSource(ModelReasoning.usable("pro", "cut short (deadline)")));
        assertEquals("engine_late", HybridSolver.reasoningSource(ModelReasoning.unusable("late")));
        assertEquals("engine_failed",
                HybridSolver.reasoningSource(ModelReasoning.unusable("failed (HTTP 500: boom)")));
        assertEquals("engine_empty", HybridSolver.reasoningSource(ModelReasoning.unusable("empty")));
    }

    @Test
    void aModelThatAnswersInTimeWritesTheReasoningAndTheEngineGivesTheAnswer() {
        model = model(server.url("/v1").toString(), false);
        server.enqueue(VllmChatReplies.completion(PROSE + " The final answer is 41x^9."));
        Solution solution = solve(hybrid(), QUESTION, Duration.ofSeconds(20));
        assertEquals(SolutionStatus.ANSWERED, solution.status(), solution.error());
        assertEquals(ANSWER, solution.answer(), "the engine's answer, not the model's 41x^9");
        assertEquals(PROSE + " The final answer is 41x^9.", solution.reasoning());
        assertEquals("hybrid", solution.solver());
        assertTrue(solution.timings().phases().containsKey("engine"), solution.timings().toString());
        assertTrue(solution.timings().phases().containsKey("model"), solution.timings().toString());
    }

    @Test
    void theRequestIsTheValidatorsReferenceRequest() throws Exception {
        model = model(server.url("/v1").toString(), false);
        server.enqueue(VllmChatReplies.completion(PROSE));
        solve(hybrid(), QUESTION, Duration.ofSeconds(20));
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertNotNull(request, "the model was called");
        assertEquals("/v1/chat/completions", request.getPath());
        JsonNode body = JSON.readTree(request.getBody().readUtf8());
        assertEquals(VllmChatReplies.MODEL, body.path("model").asText());
        assertEquals(1, body.path("messages").size(), "the question alone, no system prompt: " + body);
        assertEquals("user", body.path("messages").get(0).path("role").asText());
        assertEquals(QUESTION, body.path("messages").get(0).path("content").asText());
        assertEquals(300, body.path("max_tokens").asInt(), body.toString());
        assertEquals(0.7, body.path("temperature").asDouble(), 1e-12, body.toString());
        assertFalse(body.has("n") && body.path("n").asInt() != 1, body.toString());
    }

    @Test
    void configuredTokensAndTemperatureAreSent() throws Exception {
        model = model(server.url("/v1").toString(), false);
        server.enqueue(VllmChatReplies.completion(PROSE));
        solve(hybrid("max_tokens", 1024, "temperature", 0.2), QUESTION, Duration.ofSeconds(20));
        JsonNode body = JSON.readTree(server.takeRequest(5, TimeUnit.SECONDS).getBody().readUtf8());
        assertEquals(1024, body.path("max_tokens").asInt());
        assertEquals(0.2, body.path("temperature").asDouble(), 1e-12);
    }

    @Test
    void aLateModelLeavesTheEnginesReasoningAndTheAnswerComesBeforeTheDeadline() throws Exception {
        model = model(server.url("/v1").toString(), false);
        server.enqueue(VllmChatReplies.completion(PROSE).setHeadersDelay(STALL_MILLIS, TimeUnit.MILLISECONDS));
        Challenge challenge = Challenge.of("c", QUESTION, "Logic", Duration.ofMillis(2000), clock);
        // The default 400 ms cutoff: the solver stops waiting 200 ms before its deadline, room enough for a busy
        // machine to wake it; the contract checked is "before the deadline", not how close to it.
        Solver solver = hybrid();
        Solution solution = assertTimeoutPreemptively(HANG_GUARD, () -> solver.solve(challenge));
        Instant returned = clock.instant();
        assertTrue(returned.isBefore(challenge.deadline()), "returned " + Duration.between(challenge.deadline(), returned)
                .toMillis() + " ms after its deadline");
        assertEquals(SolutionStatus.ANSWERED, solution.status(), solution.error());
        assertEquals(ANSWER, solution.answer());
        assertEquals(engineReasoning(QUESTION), solution.reasoning());
        assertEquals(1, server.getRequestCount(), "the model was asked in parallel");
    }

    @Test
    void aStreamCutAtTheDeadlineStillGivesTheModelsProse() {
        String arrived = "To differentiate 4x^10, we use the power rule, which says ";
        server.enqueue(VllmChatReplies.streamStalledAfter(arrived, "that the derivative of x^n is n*x^(n-1). ",
                STALL_MILLIS));
        // 2 s: the model's request ends 400 ms before the solver's deadline, the wait 200 ms before it.
        Solution solution = solve(hybrid(), QUESTION, Duration.ofMillis(2000));
        assertEquals(SolutionStatus.ANSWERED, solution.status(), solution.error());
        assertEquals(ANSWER, solution.answer());
        assertEquals(arrived.strip(), solution.reasoning(), "what streamed before the model's deadline");
    }

    @Test
    void aServerErrorLeavesTheEnginesReasoning() throws Exception {
        server.enqueue(VllmChatReplies.error(500, "The model is overloaded; try again later."));
        Solution solution = solve(hybrid(), QUESTION, Duration.ofSeconds(20));
        assertEquals(SolutionStatus.ANSWERED, solution.status(), solution.error());
        assertEquals(ANSWER, solution.answer());
        assertEquals(engineReasoning(QUESTION), solution.reasoning());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aModelThatIsDownLeavesTheEnginesReasoning() throws Exception {
        String url = server.url("/v1").toString();
        server.shutdown(); // nothing listens there any more: connection refused
        model.close();
        model = model(url, true);
        Solution solution = solve(hybrid(), QUESTION, Duration.ofSeconds(20));
        assertEquals(SolutionStatus.ANSWERED, solution.status(), solution.error());
        assertEquals(ANSWER, solution.answer());
        assertEquals(engineReasoning(QUESTION), solution.reasoning());
    }

    @Test
    void anEmptyReplyLeavesTheEnginesReasoning() throws Exception {
        model = model(server.url("/v1").toString(), false);
        server.enqueue(VllmChatReplies.completion("  \n"));
        Solution solution = solve(hybrid(), QUESTION, Duration.ofSeconds(20));
        assertEquals(ANSWER, solution.answer());
        assertEquals(engineReasoning(QUESTION), solution.reasoning());
    }

    @Test
    void whenTheEngineDeclinesTheHybridDeclinesWithoutWaitingForTheModel() {
        // The model never answers: a hybrid that waited for it would wait out the 60 s deadline and trip the guard.
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        Solution solution = solve(hybrid(), UNKNOWN, Duration.ofSeconds(60));
        assertEquals(SolutionStatus.DECLINED, solution.status());
        assertEquals("", solution.answer());
        assertEquals("hybrid", solution.solver());
        assertTrue(solution.error().startsWith("engine math declined: "), solution.error());
        assertEquals(0, server.getRequestCount(), "the model is asked only after the engine answered");
    }

    @Test
    void anInterruptWhileWaitingForTheModelPropagates() throws Exception {
        // The pipeline interrupts a solver at its stop; the hybrid must not swallow that while it waits.
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        // Interrupt only once the engine is done: an engine interrupted mid-solve declines (math does), which is a
        // different path. The real engine, with a latch counted down when it returns.
        Solver math = engine;
        java.util.concurrent.CountDownLatch engineDone = new java.util.concurrent.CountDownLatch(1);
        engine = new Solver() {
            @Override
            public String name() {
                return math.name();
            }

            @Override
            public Solution solve(Challenge challenge) throws InterruptedException {
                Solution solution = math.solve(challenge);
                engineDone.countDown();
                return solution;
            }
        };
        Solver solver = hybrid();
        java.util.concurrent.CompletableFuture<Throwable> thrown = new java.util.concurrent.CompletableFuture<>();
        Thread solving = Thread.ofVirtual().start(() -> {
            try {
                solver.solve(Challenge.of("c", QUESTION, "Logic", Duration.ofSeconds(60), clock));
                thrown.complete(null);
            } catch (Throwable t) {
                thrown.complete(t);
            }
        });
        assertNotNull(server.takeRequest(10, TimeUnit.SECONDS), "the model call started");
        assertTrue(engineDone.await(10, TimeUnit.SECONDS), "the engine returned");
        solving.interrupt();
        Throwable t = thrown.get(10, TimeUnit.SECONDS);
        assertTrue(t instanceof InterruptedException, "thrown: " + t);
    }

    @Test
    void badConfigNamesTheKeyAndTheFix() {
        InvalidConfigException tokens = assertThrows(InvalidConfigException.class, () -> hybrid("max_tokens", 0));
        assertTrue(tokens.getMessage().contains("solvers.hybrid.max_tokens"), tokens.getMessage());
        assertTrue(tokens.getMessage().contains("300"), tokens.getMessage());
        InvalidConfigException temperature = assertThrows(InvalidConfigException.class,
                () -> hybrid("temperature", 2.5));
        assertTrue(temperature.getMessage().contains("solvers.hybrid.temperature"), temperature.getMessage());
        InvalidConfigException cutoff = assertThrows(InvalidConfigException.class,
                () -> hybrid("model_cutoff", "-5ms"));
        assertTrue(cutoff.getMessage().contains("solvers.hybrid.model_cutoff"), cutoff.getMessage());
        InvalidConfigException self = assertThrows(InvalidConfigException.class, () -> hybrid("engine", "hybrid"));
        assertTrue(self.getMessage().contains("solvers.hybrid.engine"), self.getMessage());
        InvalidConfigException unknown = assertThrows(InvalidConfigException.class, () -> hybrid("engine", "nope"));
        assertTrue(unknown.getMessage().contains("nope"), unknown.getMessage());
        InvalidConfigException noModel = assertThrows(InvalidConfigException.class, () -> hybrid("model", "gpt"));
        assertTrue(noModel.getMessage().contains("solvers.hybrid.model"), noModel.getMessage());
    }

    @Test
    void theEnginesReasoningIsNotTheModelsProse() throws Exception {
        // Guards the tests above: they tell the two sources apart only if the texts differ.
        assertNotEquals(PROSE, engineReasoning(QUESTION));
    }
}
