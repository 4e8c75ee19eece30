package io.logicminer.solver.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.logicminer.category.logic.LogicCategory;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectSolverTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTION = "Find the solution of this math problem:\n---\nTopic: Algebra, "
            + "Subtopic: Basic algebra.\n2x + 1 = 5\n---\n";
    private static final String FOLLOW_UP = "Give me the final short answer as a sentence. Don't reasoning anymore, "
            + "just say the final answer in math latex.";

    private MockWebServer server;
    private ChatModel model;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        model = new OpenAiChatModelType().create("default", MapComponentConfig.of("models.default",
                "base_url", server.url("/v1").toString(), "model", "Qwen/Qwen2-7B-Instruct", "max_retries", 0),
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

    @Test
    void twoCallIsTheReferenceMinerExactly() throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream")
                .setBody(VllmResponses.streamOf("Subtract 1: 2x = 4. Divide by 2: x = 2.")));
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream")
                .setBody(VllmResponses.streamOf("The final answer is $x = 2$.")));
        Solution solution = solver("two-call").solve(challenge(Duration.ofSeconds(30)));
        assertEquals(SolutionStatus.ANSWERED, solution.status(), solution.error());
        assertEquals("Subtract 1: 2x = 4. Divide by 2: x = 2.", solution.reasoning());
        assertEquals("The final answer is $x = 2$.", solution.answer());
        assertTrue(solution.timings().phases().containsKey("reasoning"));
        assertTrue(solution.timings().phases().containsKey("answer"));

        JsonNode first = JSON.readTree(server.takeRequest().getBody().readUtf8());
        assertEquals(JSON.readTree("""
                {"model":"Qwen/Qwen2-7B-Instruct","messages":[{"role":"user","content":%s}],
                 "temperature":0.8,"max_tokens":2048,"stream":true,"stream_options":{"include_usage":true}}
                """.formatted(JSON.writeValueAsString(QUESTION))), first);
        JsonNode second = JSON.readTree(server.takeRequest().getBody().readUtf8());
        assertEquals(JSON.readTree("""
                {"model":"Qwen/Qwen2-7B-Instruct","messages":[{"role":"user","content":%s},
                  {"role":"assistant","content":"Subtract 1: 2x = 4. Divide by 2: x = 2."},
                  {"role":"user","content":%s}],
                 "temperature":0.7,"max_tokens":512,"stream":true,"stream_options":{"include_usage":true}}
                """.formatted(JSON.writeValueAsString(QUESTION), JSON.writeValueAsString(FOLLOW_UP))), second);
    }

    @Test
    void singleCallIsOneRequestAndTheCategoryExtractsTheAnswer() throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream")
                .setBody(VllmResponses.streamOf("Subtract 1 from both sides: 2x = 4.\nDivide by 2: x = 2.\n"
                        + "Final answer: $2$")));
        Solution solution = solver("single-call").solve(challenge(Duration.ofSeconds(30)));
        assertEquals(SolutionStatus.ANSWERED, solution.status(), solution.error());
        assertEquals("Subtract 1 from both sides: 2x = 4.\nDivide by 2: x = 2.", solution.reasoning());
        assertTrue(solution.answer().contains("2"), solution.answer());
        assertFalse(solution.answer().toLowerCase().contains("final answer"), solution.answer());
        assertEquals(1, server.getRequestCount());
        JsonNode body = JSON.readTree(server.takeRequest().getBody().readUtf8());
        assertTrue(body.get("messages").toString().contains("2x + 1 = 5"));
        assertEquals(1024, body.get("max_tokens").asInt());
    }

    @Test
    void aSlowModelIsCutAtTheDeadlineWithItsPartialReasoning() throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream")
                .setBody(VllmResponses.streamOf("thinking ".repeat(500))).throttleBody(1500, 100, TimeUnit.MILLISECONDS));
        Solution solution = solver("two-call").solve(challenge(Duration.ofMillis(900)));
        assertEquals(SolutionStatus.TIMED_OUT, solution.status());
        assertTrue(solution.reasoning().startsWith("thinking"), solution.reasoning());
        assertEquals(1, server.getRequestCount(), "no answer call after the deadline");
    }

    @Test
    void aFailingServerIsAFailedSolutionNotAnException() throws Exception {
        server.enqueue(VllmResponses.json(404, "error-unknown-model-404.json"));
        Solution solution = solver("two-call").solve(challenge(Duration.ofSeconds(10)));
        assertEquals(SolutionStatus.LLM_ERROR, solution.status());
        assertTrue(solution.error().contains("does not exist"), solution.error());
    }

    @Test
    void configErrorsNameTheKey() {
        MapSolverContext context = new MapSolverContext(Clock.systemUTC()).withChatModel(model)
                .withCategory(LogicCategory.withDefaults());
        InvalidConfigException mode = assertThrows(InvalidConfigException.class, () -> new DirectSolverType().create(
                "d", MapComponentConfig.of("solvers.d", "model", "default", "mode", "three-call"), context));
        assertEquals("solvers.d.mode", mode.path());
        InvalidConfigException noModel = assertThrows(InvalidConfigException.class,
                () -> new DirectSolverType().create("d", MapComponentConfig.of("solvers.d"), context));
        assertEquals("solvers.d.model", noModel.path());
    }
}
