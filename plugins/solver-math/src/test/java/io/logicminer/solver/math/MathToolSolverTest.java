package io.logicminer.solver.math;

import io.logicminer.spi.Challenge;
import io.logicminer.spi.InvalidConfigException;
import io.logicminer.spi.Solution;
import io.logicminer.spi.SolutionStatus;
import io.logicminer.spi.solver.Solver;
import io.logicminer.testkit.MapComponentConfig;
import io.logicminer.testkit.MapSolverContext;
import io.logicminer.testkit.FixedHostContext;
import io.logicminer.solver.openai.OpenAiChatModelType;
import io.logicminer.spi.chat.ChatModel;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MathToolSolverTest {

    private MockWebServer server;
    private MapSolverContext context;
    private ChatModel model;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        // The real OpenAI-compatible chat model plugin, non-streaming, no retries: one recorded response per call.
        model = new OpenAiChatModelType().create("test-model", MapComponentConfig.of("models.test-model",
                "base_url", server.url("/v1").toString(), "model", "qwen", "stream", false, "max_retries", 0,
                "retry_backoff", "10ms"), new FixedHostContext());
        context = new MapSolverContext().withChatModel(model);
    }

    @AfterEach
    void stop() throws IOException {
        model.close();
        server.shutdown();
    }

    private Solver solver(Object... extra) {
        MapComponentConfig config = MapComponentConfig.of("solvers.mt", "type", "math-tool", "model", "test-model");
        for (int i = 0; i < extra.length; i += 2) {
            config = config.with((String) extra[i], extra[i + 1]);
        }
        return new MathToolSolverType().create("mt", config, context);
    }

    private static MockResponse completion(String content) {
        String escaped = content.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return new MockResponse().setHeader("Content-Type", "application/json").setBody("""
                {"id":"chatcmpl-1","object":"chat.completion","created":1700000000,"model":"qwen",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"%s"},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":50,"completion_tokens":12,"total_tokens":62}}""".formatted(escaped));
    }

    private static Challenge challenge(String q) {
        return Challenge.of("c", q, "Logic", Duration.ofSeconds(20), Clock.systemUTC());
    }

    @Test
    void engineAnswersDirectlyWithoutCallingTheModel() throws Exception {
        Solution s = solver().solve(challenge("Is 193 composite?"));
        assertEquals("No", s.answer());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void modelRewritesAParaphraseAndTheEngineComputes() throws Exception {
        server.enqueue(completion("2's complement of 10101100 ="));
        Solution s = solver().solve(challenge("yo, flip the bits of ten-one-zero-one-one-zero-zero (i.e. 1O1O11OO lol) and add one, "
                + "the two's-complement thing"));
        assertEquals(SolutionStatus.ANSWERED, s.status());
        assertEquals("1010100", s.answer());
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("/v1/chat/completions", request.getPath());
        String body = request.getBody().readUtf8();
        assertTrue(body.contains("\"model\":\"qwen\""), body);
        assertTrue(body.contains("canonical"), body);
        assertTrue(body.contains("Differentiate"), "few-shot examples in the prompt: " + body);
        assertTrue(s.timings().phases().containsKey("rewrite"));
    }

    @Test
    void modelAnswersInTwoCallsWhenTheEngineCannot() throws Exception {
        server.enqueue(completion("not a math problem I know"));
        server.enqueue(completion("A spider has 8 legs, and 3 times 8 is 24."));
        server.enqueue(completion("24"));
        Solution s = solver().solve(challenge("How many legs do three spiders have together?"));
        assertEquals(SolutionStatus.ANSWERED, s.status());
        assertEquals("24", s.answer());
        assertTrue(s.reasoning().contains("3 times 8"));
        server.takeRequest();
        server.takeRequest();
        String last = server.takeRequest().getBody().readUtf8();
        assertTrue(last.contains("final short answer"), last);
        assertTrue(last.contains("\"role\":\"assistant\""), last);
    }

    @Test
    void withoutDirectFallbackItDeclines() throws Exception {
        server.enqueue(completion("still nothing"));
        Solution s = solver("direct_fallback", false).solve(challenge("How many legs do three spiders have together?"));
        assertEquals(SolutionStatus.DECLINED, s.status());
        assertTrue(s.error().contains("rewritten"), s.error());
    }

    @Test
    void serverErrorsBecomeAnLlmErrorSolutionNotAnException() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(503).setBody("{\"error\":\"overloaded\"}"));
        server.enqueue(new MockResponse().setResponseCode(503).setBody("{\"error\":\"overloaded\"}"));
        Solution s = solver().solve(challenge("How many legs do three spiders have together?"));
        assertEquals(SolutionStatus.LLM_ERROR, s.status());
        assertTrue(s.error().contains("503"), s.error());
    }

    @Test
    void badConfigNamesTheKey() {
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> solver("temperature", 5));
        assertTrue(e.getMessage().contains("solvers.mt.temperature"), e.getMessage());
        InvalidConfigException missing = assertThrows(InvalidConfigException.class,
                () -> new MathToolSolverType().create("mt", MapComponentConfig.of("solvers.mt", "model", "nope"), context));
        assertTrue(missing.getMessage().contains("nope"), missing.getMessage());
    }
}
