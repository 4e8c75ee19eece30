package io.logicminer.evaluation.judge;

import io.logicminer.spi.chat.ChatMessage;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.chat.ChatRequest;

import java.util.List;

/**
 * The validator's own reasoning for a question, which a miner's reasoning is compared with (rewarder.py: the raw
 * question as the user message, temperature 0.7, max_tokens 1024 at da29213 and 300 at 5e26427 — the profile's
 * {@code referenceMaxTokens}).
 */
public final class ReferenceReasoning {

    private final ChatModel model;
    private final int maxTokens;

    /** The 2024-08 release's reference (max_tokens 1024). */
    public ReferenceReasoning(ChatModel model) {
        this(model, 1024);
    }

    /** A reference of at most {@code maxTokens} tokens. */
    public ReferenceReasoning(ChatModel model, int maxTokens) {
        this.model = model;
        this.maxTokens = maxTokens;
    }

    /** The reference reasoning for {@code rawQuestion}. */
    public String generate(String rawQuestion) {
        return model.complete(new ChatRequest(List.of(ChatMessage.user(rawQuestion)), 0.7, null, maxTokens, null, 1, null))
                .choices().get(0).content();
    }
}
