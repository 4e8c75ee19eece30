package io.logicminer.solver.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.logicminer.spi.InvalidConfigException;
import io.logicminer.spi.chat.ChatChoice;
import io.logicminer.spi.chat.ChatMessage;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.chat.ChatModelException;
import io.logicminer.spi.chat.ChatRequest;
import io.logicminer.spi.chat.ChatResponse;
import io.logicminer.testkit.FixedHostContext;
import io.logicminer.testkit.MapComponentConfig;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenAiChatModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "sk-test-0123456789abcdef";

    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private MapComponentConfig config(boolean stream) {
        return MapComponentConfig.of("models.qwen", "type", "openai", "base_url", server.url("/v1").toString(),
                "model", "Qwen/Qwen2-7B-Instruct", "api_key", KEY, "stream", stream, "retry_backoff", "10ms");
    }

    private ChatModel model(MapComponentConfig config) {
        return new OpenAiChatModelType().create("qwen", config, new FixedHostContext(Clock.systemUTC()));
    }

    private static ChatRequest question(Instant deadline) {
        return new ChatRequest(List.of(ChatMessage.user("Solve 2x + 1 = 5.")), 0.8, null, 2048, null, 1, deadline);
    }

    @Test
    void parsesACompletionAndSendsTheOpenAiRequest() throws Exception {
        server.enqueue(VllmResponses.json(200, "chat-completion.json"));
        try (ChatModel model = model(config(false))) {
            ChatResponse response = model.complete(question(null));
            assertEquals("We need 2x + 1 = 5, so 2x = 4 and x = 2.", response.choices().get(0).content());
            assertEquals("stop", response.choices().get(0).finishReason());
            assertEquals(31, response.usage().promptTokens());
            assertEquals(21, response.usage().completionTokens());
        }
        RecordedRequest request = server.takeRequest();
        assertEquals("/v1/chat/completions", request.getPath());
        assertEquals("Bearer " + KEY, request.getHeader("Authorization"));
        JsonNode body = JSON.readTree(request.getBody().readUtf8());
        assertEquals(JSON.readTree("""
                {"model":"Qwen/Qwen2-7B-Instruct","messages":[{"role":"user","content":"Solve 2x + 1 = 5."}],
                 "temperature":0.8,"max_tokens":2048}"""), body);
    }

    @Test
    void assemblesAStreamWithUsageAndDone() throws Exception {
        server.enqueue(VllmResponses.stream("chat-completion-stream.sse"));
        try (ChatModel model = model(config(true))) {
            ChatResponse response = model.complete(question(Instant.now().plusSeconds(10)));
            assertEquals("We need 2x = 4, so x = 2.", response.choices().get(0).content());
            assertEquals("stop", response.choices().get(0).finishReason());
            assertEquals(9, response.usage().completionTokens());
        }
        JsonNode body = JSON.readTree(server.takeRequest().getBody().readUtf8());
        assertTrue(body.get("stream").asBoolean());
        assertTrue(body.get("stream_options").get("include_usage").asBoolean());
    }

    @Test
    void separatesInterleavedChoicesOfN() throws Exception {
        server.enqueue(VllmResponses.stream("chat-completion-stream-n2.sse"));
        try (ChatModel model = model(config(true))) {
            ChatRequest request = new ChatRequest(List.of(ChatMessage.user("x?")), null, null, null, null, 2, null);
            ChatResponse response = model.complete(request);
            assertEquals(2, response.choices().size());
            assertEquals("x = 2", response.choices().get(0).content());
            assertEquals("Answer: 2", response.choices().get(1).content());
            assertEquals("length", response.choices().get(1).finishReason());
        }
        assertEquals(2, JSON.readTree(server.takeRequest().getBody().readUtf8()).get("n").asInt());
    }

    @Test
    void aStreamCutAtTheDeadlineKeepsWhatArrived() throws Exception {
        String full = "step ".repeat(400) + "done.";
        // About 20 chunks a second: the whole stream would take far longer than the deadline.
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream")
                .setBody(VllmResponses.streamOf(full)).throttleBody(2000, 100, TimeUnit.MILLISECONDS));
        try (ChatModel model = model(config(true))) {
            ChatResponse response = model.complete(question(Instant.now().plusMillis(800)));
            ChatChoice choice = response.choices().get(0);
            assertEquals(ChatChoice.DEADLINE, choice.finishReason());
            assertFalse(choice.content().isEmpty(), "what arrived before the deadline is kept");
            assertTrue(full.startsWith(choice.content()), "a prefix of the full answer: " + choice.content());
            assertTrue(choice.content().length() < full.length());
        }
    }

    @Test
    void retriesOverloadAndRateLimitThenSucceeds() throws Exception {
        server.enqueue(VllmResponses.json(503, "error-overloaded-503.json"));
        server.enqueue(VllmResponses.json(429, "error-overloaded-503.json").setHeader("Retry-After", "0"));
        server.enqueue(VllmResponses.json(200, "chat-completion.json"));
        try (ChatModel model = model(config(false).with("max_retries", 3))) {
            assertEquals("stop", model.complete(question(Instant.now().plusSeconds(10))).choices().get(0)
                    .finishReason());
        }
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void givesUpAfterMaxRetriesWithTheServersMessage() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(VllmResponses.json(503, "error-overloaded-503.json"));
        }
        try (ChatModel model = model(config(false).with("max_retries", 2))) {
            ChatModelException e = assertThrows(ChatModelException.class, () -> model.complete(question(null)));
            assertEquals(503, e.httpStatus());
            assertTrue(e.getMessage().contains("overloaded"), e.getMessage());
        }
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void anUnknownModelFailsAtOnceNamingTheModel() {
        for (String recorded : List.of("error-unknown-model-404.json", "error-unknown-model-400.json")) {
            int status = recorded.contains("404") ? 404 : 400;
            server.enqueue(VllmResponses.json(status, recorded));
            try (ChatModel model = model(config(false).with("max_retries", 5))) {
                ChatModelException e = assertThrows(ChatModelException.class, () -> model.complete(question(null)));
                assertEquals(ChatModelException.Reason.HTTP_STATUS, e.reason());
                assertEquals(status, e.httpStatus());
                assertTrue(e.getMessage().contains("does not exist")
                        && e.getMessage().contains("check model = \"Qwen/Qwen2-7B-Instruct\""), e.getMessage());
            }
        }
        assertEquals(2, server.getRequestCount(), "no retry on 4xx");
    }

    @Test
    void noRetryWhenTheBackoffWouldOverrunTheDeadline() {
        server.enqueue(VllmResponses.json(503, "error-overloaded-503.json").setHeader("Retry-After", "30"));
        try (ChatModel model = model(config(false).with("max_retries", 5))) {
            ChatModelException e = assertThrows(ChatModelException.class,
                    () -> model.complete(question(Instant.now().plusSeconds(2))));
            assertEquals(ChatModelException.Reason.DEADLINE, e.reason());
            assertTrue(e.getMessage().contains("503"), e.getMessage());
        }
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void theApiKeyNeverAppearsInPrintoutsOrErrors() throws Exception {
        server.enqueue(VllmResponses.json(401, "error-openai-shape-401.json"));
        try (ChatModel model = model(config(false))) {
            assertFalse(model.describe().contains(KEY));
            assertTrue(model.describe().contains("****cdef"), model.describe());
            assertFalse(model.toString().contains(KEY));
            ChatModelException e = assertThrows(ChatModelException.class, () -> model.complete(question(null)));
            assertFalse(e.getMessage().contains(KEY));
            assertTrue(e.getMessage().contains("Incorrect API key") && e.getMessage().contains("check api_key"),
                    e.getMessage());
        }
        assertFalse(OpenAiSettings.from(config(false)).toString().contains(KEY));
    }

    @Test
    void aDeadServerIsAnIoErrorNamingTheEndpoint() throws Exception {
        String url = server.url("/v1").toString();
        server.shutdown();
        try (ChatModel model = model(config(false).with("base_url", url).with("max_retries", 0))) {
            ChatModelException e = assertThrows(ChatModelException.class, () -> model.complete(question(null)));
            assertEquals(ChatModelException.Reason.IO, e.reason());
            assertTrue(e.getMessage().contains("/v1/chat/completions") && e.getMessage().contains("base_url"),
                    e.getMessage());
        }
    }

    @Test
    void badConfigNamesTheKey() {
        InvalidConfigException url = assertThrows(InvalidConfigException.class,
                () -> OpenAiSettings.from(config(false).with("base_url", "localhost:8000")));
        assertEquals("models.qwen.base_url", url.path());
        InvalidConfigException temperature = assertThrows(InvalidConfigException.class,
                () -> OpenAiSettings.from(config(false).with("temperature", 7)));
        assertEquals("models.qwen.temperature", temperature.path());
        InvalidConfigException missing = assertThrows(InvalidConfigException.class,
                () -> OpenAiSettings.from(MapComponentConfig.of("models.qwen", "base_url", "http://x/v1")));
        assertEquals("models.qwen.model", missing.path());
        assertNull(OpenAiSettings.from(config(false)).temperature());
    }

    @Test
    void aRetryAfterIsHonouredUpToAMinute() {
        assertEquals(java.util.Optional.of(Duration.ofMillis(1500)), OpenAiChatModel.retryAfter(" 1.5 "));
        assertEquals(java.util.Optional.of(Duration.ofSeconds(60)), OpenAiChatModel.retryAfter("1e9"));
        assertEquals(java.util.Optional.of(Duration.ofSeconds(60)), OpenAiChatModel.retryAfter("Infinity"));
        assertEquals(java.util.Optional.empty(), OpenAiChatModel.retryAfter("NaN"));
        assertEquals(java.util.Optional.empty(), OpenAiChatModel.retryAfter("-1"));
        assertEquals(java.util.Optional.empty(), OpenAiChatModel.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT"));
        assertEquals(java.util.Optional.empty(), OpenAiChatModel.retryAfter(null));
    }
}
