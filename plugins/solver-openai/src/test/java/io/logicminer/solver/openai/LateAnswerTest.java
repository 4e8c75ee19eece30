package io.logicminer.solver.openai;

import io.logicminer.category.logic.LogicCategory;
import io.logicminer.spi.Challenge;
import io.logicminer.spi.Solution;
import io.logicminer.spi.SolutionStatus;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.solver.Solver;
import io.logicminer.testkit.FixedHostContext;
import io.logicminer.testkit.MapComponentConfig;
import io.logicminer.testkit.MapSolverContext;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A late LLM answer is still an answer: a model that streams a few tokens and then stalls, hangs, is down, answers
 * 500 or drops the connection gives a reply with a clear status, never an exception, and keeps what arrived.
 *
 * <p>The stall is a MockWebServer body throttled to "the first N bytes, then nothing for an hour": what arrives
 * before the deadline is exactly known, and the solver returns at its deadline without another token arriving.
 */
class LateAnswerTest {

    private static final String QUESTION = "Find the solution of this math problem:\n---\nTopic: Algebra, "
            + "Subtopic: Basic algebra.\n2x + 1 = 5\n---\n";
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    /** Deadline of the stalled cases: ample for the first bytes to arrive on a loaded machine. */
    private static final Duration DEADLINE = Duration.ofMillis(1500);
    private static final Duration STALL = Duration.ofSeconds(4);

    private MockWebServer server;
    private ChatModel model;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        model = model(server.url("/v1").toString());
    }

    private static ChatModel model(String url) {
        return new OpenAiChatModelType().create("default", MapComponentConfig.of("models.default",
                "base_url", url, "model", "Qwen/Qwen2-7B-Instruct", "max_retries", 0),
                new FixedHostContext(Clock.systemUTC()));
    }

    @AfterEach
    void stop() throws Exception {
        model.close();
        server.shutdown();
    }

    private Solver solver(String mode) {
        MapSolverContext context = new MapSolverContext(Clock.systemUTC()).withChatModel(model)
                .withCategory(LogicCategory.withDefaults());
        return new DirectSolverType().create("direct", MapComponentConfig.of("solvers.direct", "type", "direct",
                "model", "default", "category", "Logic", "mode", mode), context);
    }

    private static Challenge challenge(Duration timeout) {
        return Challenge.of("c", QUESTION, "Logic", timeout, Clock.systemUTC());
    }

    /**
     * A stream whose {@code arrived} text is sent at once and whose rest comes only after {@link #STALL}, long after
     * the deadline (by then the client has gone, so the server's write fails and its thread ends).
     */
    private static MockResponse stalledAfter(String arrived, String rest) {
        String first = VllmResponses.streamOf(arrived);
        String end = "\"finish_reason\":null}]}\n\n";
        String head = first.substring(0, first.lastIndexOf(end) + end.length()); // the content chunks only
        long bytes = head.getBytes(StandardCharsets.UTF_8).length;
        return new MockResponse().setHeader("Content-Type", "text/event-stream")
                .setBody(head + VllmResponses.streamOf(rest))
                .throttleBody(bytes, STALL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Solution solveWithin(Solver solver, Duration timeout) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> solver.solve(challenge(timeout)));
    }

    @Test
    void singleCallCutAfterAFinalAnswerKeepsTheReasoningAndThatAnswer() {
        server.enqueue(stalledAfter("Subtract 1: 2x = 4.\nDivide by 2: x = 2.\nFinal answer: $2$\n",
                "Let me double-check this once more "));
        Solution solution = solveWithin(solver("single-call"), DEADLINE);
        assertEquals(SolutionStatus.PARTIAL, solution.status(), solution.error());
        assertEquals("2", solution.answer());
        assertTrue(solution.reasoning().contains("Divide by 2"), solution.reasoning());
        assertTrue(solution.error().contains("final answer"), solution.error());
    }

    @Test
    void twoCallReasoningCutAtTheDeadlineStillAnswersWithTheLastNumber() {
        server.enqueue(stalledAfter("Subtract 1 from both sides: 2x = 4. Divide both sides by 2 to get x = 2. ",
                "Check: 2*2 + 1 = 5. "));
        Solution solution = solveWithin(solver("two-call"), DEADLINE);
        assertEquals(SolutionStatus.PARTIAL, solution.status(), solution.error());
        assertEquals("2", solution.answer());
        assertTrue(solution.reasoning().startsWith("Subtract 1 from both sides"), solution.reasoning());
        assertTrue(solution.error().contains("reasoning was cut (deadline)"), solution.error());
        assertTrue(solution.error().contains("a guess"), solution.error());
        assertEquals(1, server.getRequestCount(), "no answer call after the deadline");
    }

    @Test
    void twoCallAnswerCallStalledTakesTheAnswerFromTheWholeReasoning() {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream")
                .setBody(VllmResponses.streamOf("2x = 4, so x = 2. The answer is 2.")));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        Solution solution = solveWithin(solver("two-call"), Duration.ofSeconds(3));
        assertEquals(SolutionStatus.PARTIAL, solution.status(), solution.error());
        assertEquals("2x = 4, so x = 2. The answer is 2.", solution.reasoning());
        assertEquals("2", solution.answer());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aHangingModelIsATimeoutNotAnException() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        Solution solution = solveWithin(solver("single-call"), DEADLINE);
        assertEquals(SolutionStatus.TIMED_OUT, solution.status());
        assertTrue(solution.error().contains("deadline"), solution.error());
    }

    @Test
    void aStreamThatBreaksOffKeepsWhatArrived() {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream")
                .setBody(VllmResponses.streamOf("We have 2x = 4 so x equals 2 and that is all there is to it "
                        .repeat(20)))
                .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        Solution solution = solveWithin(solver("single-call"), Duration.ofSeconds(20));
        assertEquals(SolutionStatus.PARTIAL, solution.status(), solution.error());
        assertTrue(solution.error().contains("disconnected"), solution.error());
        assertEquals("2", solution.answer());
    }

    @Test
    void aServerErrorIsAnLlmErrorNamingTheStatus() {
        server.enqueue(VllmResponses.json(500, "error-overloaded-503.json").setResponseCode(500));
        Solution solution = solveWithin(solver("two-call"), Duration.ofSeconds(10));
        assertEquals(SolutionStatus.LLM_ERROR, solution.status());
        assertTrue(solution.error().contains("HTTP 500"), solution.error());
    }

    @Test
    void aModelThatIsDownIsAnLlmErrorNamingTheEndpoint() throws Exception {
        String url = server.url("/v1").toString();
        server.shutdown();
        model.close();
        model = model(url);
        Solution solution = solveWithin(solver("two-call"), Duration.ofSeconds(10));
        assertEquals(SolutionStatus.LLM_ERROR, solution.status());
        assertTrue(solution.error().contains("/v1/chat/completions"), solution.error());
        assertFalse(solution.isAnswered());
    }
}
