package io.logicminer.solver.djl;

import java.time.Instant;
import java.util.List;

/**
 * What one generation call asks for.
 *
 * @param sampler   how each next token is picked
 * @param maxTokens completion token limit per sample
 * @param stop      strings that end a completion (not included in its text)
 * @param n         number of samples, decoded together as one batch after a shared prefill
 * @param seed      seed of sample 0's random source (sample i uses seed + i), or null for a fresh random seed
 * @param deadline  when to stop and return what was generated; null for none
 */
record Sampling(TokenSampler sampler, int maxTokens, List<String> stop, int n, Long seed, Instant deadline) {

    Sampling {
        stop = List.copyOf(stop);
    }
}
