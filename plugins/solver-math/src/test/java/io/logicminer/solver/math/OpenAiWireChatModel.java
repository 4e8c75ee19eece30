package io.logicminer.solver.math;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.logicminer.spi.chat.ChatChoice;
import io.logicminer.spi.chat.ChatMessage;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.chat.ChatModelException;
import io.logicminer.spi.chat.ChatRequest;
import io.logicminer.spi.chat.ChatResponse;
import io.logicminer.spi.chat.ChatUsage;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.util.List;

/**
 * A minimal blocking OpenAI chat-completions client for tests, speaking the real wire format to MockWebServer.
 * Stands in until the solver-openai plugin's model can be used as a test dependency.
 */
final class OpenAiWireChatModel implements ChatModel {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String modelName;
    private final OkHttpClient http = new OkHttpClient();

    OpenAiWireChatModel(String baseUrl, String modelName) {
        this.baseUrl = baseUrl;
        this.modelName = modelName;
    }

    @Override
    public String name() {
        return "test-model";
    }

    @Override
    public ChatResponse complete(ChatRequest request) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", modelName);
        ArrayNode messages = body.putArray("messages");
        for (ChatMessage m : request.messages()) {
            messages.addObject().put("role", m.role().wireName()).put("content", m.content());
        }
        if (request.temperature() != null) {
            body.put("temperature", request.temperature());
        }
        if (request.maxTokens() != null) {
            body.put("max_tokens", request.maxTokens());
        }
        Request http = new Request.Builder().url(baseUrl + "/v1/chat/completions")
                .post(RequestBody.create(body.toString(), MediaType.get("application/json"))).build();
        try (Response response = this.http.newCall(http).execute()) {
            String text = response.body() == null ? "" : response.body().string();
            if (!response.isSuccessful()) {
                throw new ChatModelException(ChatModelException.Reason.HTTP_STATUS, response.code(),
                        "HTTP " + response.code() + ": " + text, null);
            }
            JsonNode root = JSON.readTree(text);
            JsonNode choice = root.path("choices").path(0);
            return new ChatResponse(root.path("model").asText(),
                    List.of(new ChatChoice(0, choice.path("message").path("content").asText(), choice.path("finish_reason").asText(null))),
                    new ChatUsage(root.path("usage").path("prompt_tokens").asInt(), root.path("usage").path("completion_tokens").asInt()));
        } catch (IOException e) {
            throw new ChatModelException(ChatModelException.Reason.IO, -1, e.toString(), e);
        }
    }
}
