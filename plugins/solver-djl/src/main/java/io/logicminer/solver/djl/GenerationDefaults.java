package io.logicminer.solver.djl;

/**
 * Sampling settings a request does not set itself: the instance's config first, then the model's
 * {@code generation_config.json}, then OpenAI's defaults (temperature 1, top-p 1, no top-k, no repetition penalty).
 *
 * @param temperature       0 means greedy
 * @param topP              nucleus mass kept, in (0, 1]
 * @param topK              tokens kept before top-p; 0 keeps all
 * @param repetitionPenalty divides positive (multiplies negative) logits of tokens already in the sequence; 1 is off
 * @param maxTokens         completion token limit
 */
record GenerationDefaults(double temperature, double topP, int topK, double repetitionPenalty, int maxTokens) {
}
