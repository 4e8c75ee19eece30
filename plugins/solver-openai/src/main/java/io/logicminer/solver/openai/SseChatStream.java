package io.logicminer.solver.openai;

import com.fasterxml.jackson.databind.JsonNode;
import io.logicminer.spi.chat.ChatChoice;
import io.logicminer.spi.chat.ChatModelException;
import io.logicminer.spi.chat.ChatResponse;
import io.logicminer.spi.chat.ChatUsage;
import okio.BufferedSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Folds a streamed chat completion (server-sent events: {@code data: {chunk}} lines ending with
 * {@code data: [DONE]}) into a response, choice by choice ({@code n} > 1 interleaves them by index).
 *
 * <p>What arrived is kept when reading stops early: {@link #partial(String)} gives the text so far with the given
 * finish reason ({@link ChatChoice#DEADLINE}, {@link ChatChoice#DISCONNECTED}) for every unfinished choice. The
 * reader does not watch the clock itself: the OkHttp call timeout (set to the request's deadline) cancels the call,
 * so a blocked read ends at the deadline even when no token arrives.
 */
final class SseChatStream {

    private final TreeMap<Integer, StringBuilder> content = new TreeMap<>();
    private final TreeMap<Integer, String> finishReasons = new TreeMap<>();
    private String model;
    private ChatUsage usage = ChatUsage.UNKNOWN;
    private boolean done;

    SseChatStream(String model) {
        this.model = model;
    }

    /** Reads events until {@code [DONE]} or the end of the body. */
    void readAll(BufferedSource source) throws IOException {
        while (!done) {
            String line = source.readUtf8Line();
            if (line == null) {
                return;
            }
            accept(line);
        }
    }

    /** Handles one line of the event stream. */
    void accept(String line) {
        if (!line.startsWith("data:")) {
            return; // comments (":"), event names, blank separators
        }
        String data = line.substring(5).strip();
        if (data.equals("[DONE]")) {
            done = true;
            return;
        }
        JsonNode chunk = ChatCompletionJson.parse(data);
        if (chunk.has("error") || "error".equals(chunk.path("object").asText())) {
            throw new ChatModelException(ChatModelException.Reason.HTTP_STATUS, -1,
                    "the server reported an error mid-stream: " + ChatCompletionJson.errorMessage(data), null);
        }
        if (chunk.hasNonNull("model")) {
            model = chunk.get("model").asText();
        }
        for (JsonNode choice : chunk.path("choices")) {
            int index = choice.path("index").asInt(0);
            JsonNode delta = choice.path("delta").path("content");
            StringBuilder text = content.computeIfAbsent(index, i -> new StringBuilder());
            if (delta.isTextual()) {
                text.append(delta.asText());
            }
            String finish = ChatCompletionJson.textOrNull(choice.path("finish_reason"));
            if (finish != null) {
                finishReasons.put(index, finish);
            }
        }
        if (chunk.path("usage").isObject()) {
            usage = ChatCompletionJson.usage(chunk.path("usage"));
        }
    }

    /** True once {@code data: [DONE]} was read. */
    boolean isDone() {
        return done;
    }

    /** True when some text of any choice arrived. */
    boolean hasText() {
        return content.values().stream().anyMatch(text -> !text.isEmpty());
    }

    /**
     * The response as it stands; unfinished choices end with {@code unfinishedReason}.
     *
     * @throws IllegalStateException when no choice has started (check {@link #hasText()} first)
     */
    ChatResponse partial(String unfinishedReason) {
        if (content.isEmpty()) {
            throw new IllegalStateException("no choice has started");
        }
        List<ChatChoice> choices = new ArrayList<>();
        content.forEach((index, text) -> choices.add(new ChatChoice(index, text.toString(),
                finishReasons.getOrDefault(index, unfinishedReason))));
        return new ChatResponse(model, choices, usage);
    }

    /** The finished response; fails when the stream ended before any choice. */
    ChatResponse complete() {
        if (content.isEmpty()) {
            throw new ChatModelException(ChatModelException.Reason.MALFORMED_RESPONSE,
                    "the stream ended without any choice");
        }
        return partial(null);
    }
}
