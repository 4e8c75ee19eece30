package io.logicminer.solver.hybrid;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.mockwebserver.MockResponse;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Replies in the shapes vLLM's OpenAI-compatible server sends (vllm/entrypoints/openai/protocol.py:
 * ChatCompletionResponse; ChatCompletionStreamResponse chunks with {@code stream_options.include_usage}, then
 * {@code data: [DONE]}; ErrorResponse), as recorded in plugins/solver-openai/src/test/resources/vllm.
 */
final class VllmChatReplies {

    static final String MODEL = "Qwen/Qwen2.5-0.5B-Instruct";
    private static final ObjectMapper JSON = new ObjectMapper();

    private VllmChatReplies() {
    }

    /** A whole (non-streamed) completion whose one choice is {@code content}. */
    static MockResponse completion(String content) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(completionJson(content));
    }

    static String completionJson(String content) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", "chatcmpl-5b0e2c1f9d7a4e3b").put("object", "chat.completion").put("created", 1747300000)
                .put("model", MODEL);
        ObjectNode choice = body.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content).putArray("tool_calls");
        choice.putNull("logprobs");
        choice.put("finish_reason", "stop").putNull("stop_reason");
        int tokens = content.split("\\s+").length;
        body.putObject("usage").put("prompt_tokens", 42).put("total_tokens", 42 + tokens)
                .put("completion_tokens", tokens).putNull("prompt_tokens_details");
        body.putNull("prompt_logprobs");
        return body.toString();
    }

    /** vLLM's error body ({@code {"object":"error",...}}) with the given status. */
    static MockResponse error(int status, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("object", "error").put("message", message).put("type", "InternalServerError").putNull("param")
                .put("code", status);
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody(body.toString());
    }

    /** A whole stream: {@code content} one word a chunk, the finish chunk, usage and [DONE]. */
    static MockResponse stream(String content) {
        String body = chunk(JSON.createObjectNode().put("role", "assistant").put("content", ""), null) + words(content)
                + chunk(JSON.createObjectNode().put("content", ""), "stop") + usageChunk() + "data: [DONE]\n\n";
        return new MockResponse().setHeader("Content-Type", "text/event-stream; charset=utf-8").setBody(body);
    }

    /**
     * A stream whose chunks up to and including {@code arrived} are sent at once and whose rest ({@code later},
     * the finish chunk, usage and [DONE]) only after {@code stallMillis}: long after a short deadline.
     */
    static MockResponse streamStalledAfter(String arrived, String later, long stallMillis) {
        String head = chunk(JSON.createObjectNode().put("role", "assistant").put("content", ""), null)
                + words(arrived);
        String tail = words(later) + chunk(JSON.createObjectNode().put("content", ""), "stop") + usageChunk() + "data: [DONE]\n\n";
        return new MockResponse().setHeader("Content-Type", "text/event-stream; charset=utf-8").setBody(head + tail)
                .throttleBody(head.getBytes(StandardCharsets.UTF_8).length, stallMillis, TimeUnit.MILLISECONDS);
    }

    private static String words(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split("(?<= )")) {
            if (!word.isEmpty()) {
                out.append(chunk(JSON.createObjectNode().put("content", word), null));
            }
        }
        return out.toString();
    }

    private static String chunk(ObjectNode delta, String finishReason) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", "chatcmpl-5b0e2c1f9d7a4e3b").put("object", "chat.completion.chunk").put("created", 1747300000)
                .put("model", MODEL);
        ArrayNode choices = body.putArray("choices");
        ObjectNode choice = choices.addObject();
        choice.put("index", 0).set("delta", delta);
        choice.putNull("logprobs");
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason).putNull("stop_reason");
        }
        return "data: " + body + "\n\n";
    }

    private static String usageChunk() {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", "chatcmpl-5b0e2c1f9d7a4e3b").put("object", "chat.completion.chunk").put("created", 1747300000)
                .put("model", MODEL).putArray("choices");
        body.putObject("usage").put("prompt_tokens", 42).put("total_tokens", 60).put("completion_tokens", 18);
        return "data: " + body + "\n\n";
    }
}
