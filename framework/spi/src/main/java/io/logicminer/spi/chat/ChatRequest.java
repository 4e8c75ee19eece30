package io.logicminer.spi.chat;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A chat-completion request. Sampling fields left null take the model instance's configured defaults.
 *
 * @param messages    the conversation, oldest first; not empty
 * @param temperature sampling temperature, or null for the model's default
 * @param topP        nucleus sampling, or null for the model's default
 * @param maxTokens   completion token limit, or null for the model's default
 * @param stop        stop sequences, or null for the model's default
 * @param n           number of choices to sample (OpenAI's {@code n}); at least 1
 * @param deadline    the instant by which the call must return; a streaming client stops reading then and returns
 *                    what arrived, a blocking one gives up. Null means only the model's own timeouts apply.
 */
public record ChatRequest(List<ChatMessage> messages, Double temperature, Double topP, Integer maxTokens,
                          List<String> stop, int n, Instant deadline) {

    public ChatRequest {
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a chat request needs at least one message");
        }
        stop = stop == null ? null : List.copyOf(stop);
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, got " + n);
        }
        if (maxTokens != null && maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1, got " + maxTokens);
        }
    }

    /** A request with the model's defaults, one choice and no deadline. */
    public static ChatRequest of(List<ChatMessage> messages) {
        return new ChatRequest(messages, null, null, null, null, 1, null);
    }

    public ChatRequest withTemperature(Double value) {
        return new ChatRequest(messages, value, topP, maxTokens, stop, n, deadline);
    }

    public ChatRequest withTopP(Double value) {
        return new ChatRequest(messages, temperature, value, maxTokens, stop, n, deadline);
    }

    public ChatRequest withMaxTokens(Integer value) {
        return new ChatRequest(messages, temperature, topP, value, stop, n, deadline);
    }

    public ChatRequest withStop(List<String> value) {
        return new ChatRequest(messages, temperature, topP, maxTokens, value, n, deadline);
    }

    public ChatRequest withN(int value) {
        return new ChatRequest(messages, temperature, topP, maxTokens, stop, value, deadline);
    }

    public ChatRequest withDeadline(Instant value) {
        return new ChatRequest(messages, temperature, topP, maxTokens, stop, n, value);
    }
}
