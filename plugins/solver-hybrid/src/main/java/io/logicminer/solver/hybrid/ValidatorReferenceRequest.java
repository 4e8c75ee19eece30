package io.logicminer.solver.hybrid;

import io.logicminer.spi.chat.ChatMessage;
import io.logicminer.spi.chat.ChatRequest;

import java.time.Instant;
import java.util.List;

/**
 * The chat request LogicNet's validator sends for the reference reasoning it scores a miner's reasoning against
 * (logicnet/validator/rewarder.py {@code _get_ground_truth} at 5e26427): the question alone as the one user
 * message, no system prompt, {@code max_tokens} 300, {@code temperature} 0.7. Writing ours the same way makes it
 * read like the reference, which is what the similarity term rewards.
 *
 * <p>Top-p and stop sequences are left to the model section's defaults (the validator sets neither).
 *
 * @param maxTokens   completion limit; the validator's is {@value #VALIDATOR_MAX_TOKENS}
 * @param temperature sampling temperature; the validator's is {@value #VALIDATOR_TEMPERATURE}
 */
record ValidatorReferenceRequest(int maxTokens, double temperature) {

    static final int VALIDATOR_MAX_TOKENS = 300;
    static final double VALIDATOR_TEMPERATURE = 0.7;

    ValidatorReferenceRequest {
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1, got " + maxTokens);
        }
    }

    /** The validator's own settings. */
    static ValidatorReferenceRequest validators() {
        return new ValidatorReferenceRequest(VALIDATOR_MAX_TOKENS, VALIDATOR_TEMPERATURE);
    }

    /** The request for {@code question} (as the miner received it), to be answered by {@code deadline}. */
    ChatRequest forQuestion(String question, Instant deadline) {
        return new ChatRequest(List.of(ChatMessage.user(question)), temperature, null, maxTokens, null, 1, deadline);
    }
}
