package io.logicminer.evaluation.judge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.logicminer.solver.openai.OpenAiChatModelType;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.testkit.FixedHostContext;
import io.logicminer.testkit.MapComponentConfig;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LlmJudgeTest {

    private MockWebServer server;
    private ChatModel model;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        model = new OpenAiChatModelType().create("judge", MapComponentConfig.of("models.judge",
                "base_url", server.url("/v1").toString(), "model", "judge-model", "stream", false, "max_retries", 0),
                new FixedHostContext());
    }

    @AfterEach
    void stop() throws Exception {
        model.close();
        server.shutdown();
    }

    private static MockResponse reply(String content) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody("""
                {"id":"chatcmpl-j","object":"chat.completion","created":1732460000,"model":"judge-model",
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":80,"completion_tokens":2,"total_tokens":82}}"""
                .formatted(new ObjectMapper().valueToTree(content).toString()));
    }

    @Test
    void sendsTheValidatorsExactPromptAndParsesItsWay() throws Exception {
        server.enqueue(reply("Correct"));
        server.enqueue(reply(" INCORRECT."));
        server.enqueue(reply("I cannot tell."));
        LlmJudge judge = new LlmJudge(model);
        assertEquals(1.0, judge.rate("5! =", "120", "The answer is 120."));
        assertEquals(0.0, judge.rate("5! =", "120", "121"));
        assertEquals(0.3, judge.rate("5! =", "120", "hmm"));
        JsonNode body = new ObjectMapper().readTree(server.takeRequest().getBody().readUtf8());
        assertEquals("5! =\n The ground truth is 120\n\n Your task is rate the correctness of this answer into "
                + "'correct' or 'incorrect'. The correct answer need have numerical or reasoning nearly equivalent to "
                + "ground truth above. Just say your rating, don't reasoning anymore!.\n---The answer is 120.\n---",
                body.get("messages").get(0).get("content").asText());
        assertEquals("user", body.get("messages").get(0).get("role").asText());
        assertEquals(32, body.get("max_tokens").asInt());
        assertEquals(0.7, body.get("temperature").asDouble());
    }

    @Test
    void parsingFollowsTheValidatorsOrder() {
        assertEquals(0.0, LlmJudge.parse("incorrect"));
        assertEquals(0.0, LlmJudge.parse("Correct? No: incorrect"), "incorrect wins, as the validator checks it first");
        assertEquals(1.0, LlmJudge.parse("  correct\n"));
        assertEquals(0.3, LlmJudge.parse("right"));
        assertEquals(0.3, LlmJudge.parse(null));
    }
}
