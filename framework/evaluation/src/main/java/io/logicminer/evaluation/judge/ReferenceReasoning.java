package io.logicminer.evaluation.judge;

import io.logicminer.spi.chat.ChatMessage;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.chat.ChatRequest;

import java.util.List;

/**
 * The validator's own reasoning for a question, which a miner's reasoning is compared with (rewarder.py at
 * da29213: the raw question as the user message, max_tokens 1024, temperature 0.7).
 */
public final class ReferenceReasoning {

    private final ChatModel model;

    public ReferenceReasoning(ChatModel model) {
        this.model = model;
    }

    /** The reference reasoning for {@code rawQuestion}. */
    public String generate(String rawQuestion) {
        return model.complete(new ChatRequest(List.of(ChatMessage.user(rawQuestion)), 0.7, null, 1024, null, 1, null))
                .choices().get(0).content();
    }
}
