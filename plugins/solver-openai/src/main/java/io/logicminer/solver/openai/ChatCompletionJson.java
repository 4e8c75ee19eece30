package io.logicminer.solver.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.logicminer.spi.chat.ChatChoice;
import io.logicminer.spi.chat.ChatMessage;
import io.logicminer.spi.chat.ChatModelException;
import io.logicminer.spi.chat.ChatRequest;
import io.logicminer.spi.chat.ChatResponse;
import io.logicminer.spi.chat.ChatUsage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The OpenAI chat-completions wire format: request bodies, responses and error bodies. */
final class ChatCompletionJson {

    static final ObjectMapper JSON = new ObjectMapper();

    private ChatCompletionJson() {
    }

    /** The request body; per-request values win over the model's defaults. */
    static String requestBody(OpenAiSettings settings, ChatRequest request, boolean stream) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", settings.model());
        ArrayNode messages = body.putArray("messages");
        for (ChatMessage message : request.messages()) {
            messages.addObject().put("role", message.role().name().toLowerCase(Locale.ROOT))
                    .put("content", message.content());
        }
        Double temperature = request.temperature() != null ? request.temperature() : settings.temperature();
        if (temperature != null) {
            body.put("temperature", temperature);
        }
        Double topP = request.topP() != null ? request.topP() : settings.topP();
        if (topP != null) {
            body.put("top_p", topP);
        }
        Integer maxTokens = request.maxTokens() != null ? request.maxTokens() : settings.maxTokens();
        if (maxTokens != null) {
            body.put("max_tokens", maxTokens);
        }
        List<String> stop = request.stop() != null && !request.stop().isEmpty() ? request.stop() : settings.stop();
        if (!stop.isEmpty()) {
            ArrayNode array = body.putArray("stop");
            stop.forEach(array::add);
        }
        if (request.n() != 1) {
            body.put("n", request.n());
        }
        if (stream) {
            body.put("stream", true);
            body.putObject("stream_options").put("include_usage", true);
        }
        return body.toString();
    }

    /** A complete (non-streamed) {@code chat.completion} object. */
    static ChatResponse response(String body, String fallbackModel) {
        JsonNode root = parse(body);
        JsonNode choices = root.path("choices");
        if (!choices.isArray() || choices.isEmpty()) {
            throw new ChatModelException(ChatModelException.Reason.MALFORMED_RESPONSE,
                    "the server's reply has no choices: " + abbreviate(body));
        }
        List<ChatChoice> result = new ArrayList<>();
        for (JsonNode choice : choices) {
            JsonNode content = choice.path("message").path("content");
            result.add(new ChatChoice(choice.path("index").asInt(result.size()),
                    content.isNull() || content.isMissingNode() ? "" : content.asText(),
                    textOrNull(choice.path("finish_reason"))));
        }
        result.sort(Comparator.comparingInt(ChatChoice::index));
        return new ChatResponse(root.path("model").asText(fallbackModel), result, usage(root.path("usage")));
    }

    static ChatUsage usage(JsonNode usage) {
        if (!usage.isObject()) {
            return ChatUsage.UNKNOWN;
        }
        return new ChatUsage(usage.path("prompt_tokens").asInt(0), usage.path("completion_tokens").asInt(0));
    }

    /**
     * The message of an error body: vLLM's {@code {"object":"error","message":...}} or OpenAI's
     * {@code {"error":{"message":...}}}; the raw text when it is neither.
     */
    static String errorMessage(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            if (root.path("error").isObject() && root.path("error").has("message")) {
                return root.path("error").path("message").asText();
            }
            if (root.has("message")) {
                return root.path("message").asText();
            }
            if (root.path("error").isTextual()) {
                return root.path("error").asText();
            }
        } catch (Exception e) {
            // not JSON: fall through
        }
        return abbreviate(body);
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new ChatModelException(ChatModelException.Reason.MALFORMED_RESPONSE, -1,
                    "the server's reply is not JSON: " + abbreviate(body), e);
        }
    }

    static String textOrNull(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "...";
    }
}
