package io.logicminer.spi.chat;

import java.util.List;
import java.util.Objects;

/**
 * A chat-completion response.
 *
 * @param model   the model name the server reports
 * @param choices the sampled completions in index order; at least one
 * @param usage   token accounting
 */
public record ChatResponse(String model, List<ChatChoice> choices, ChatUsage usage) {

    public ChatResponse {
        choices = List.copyOf(Objects.requireNonNull(choices, "choices"));
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("a chat response has at least one choice");
        }
        usage = usage == null ? ChatUsage.UNKNOWN : usage;
    }

    /** The first choice's text: what a request with {@code n = 1} asked for. */
    public String content() {
        return choices.get(0).content();
    }

    /** True when any choice was cut at the deadline. */
    public boolean cutAtDeadline() {
        return choices.stream().anyMatch(c -> ChatChoice.DEADLINE.equals(c.finishReason()));
    }
}
