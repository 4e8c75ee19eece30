package io.logicminer.solver.djl;

import java.util.List;

/**
 * The result of one generation call, with the timings a benchmark reports.
 *
 * @param completions     the samples in index order
 * @param promptTokens    tokens in the prompt
 * @param generatedTokens tokens generated over all samples, end-of-sequence tokens included
 * @param prefillNanos    time to run the prompt through the model (to the first token's logits)
 * @param decodeNanos     time of the decoding steps after that
 * @param decodeSteps     forward passes after the prefill (each gives one token to every unfinished sample)
 */
record Generation(List<Completion> completions, int promptTokens, int generatedTokens, long prefillNanos,
                  long decodeNanos, int decodeSteps) {
}
