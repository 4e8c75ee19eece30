package io.logicminer.solver.djl;

import io.logicminer.spi.ComponentConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * One {@code models.<name>} section of type {@code djl}, validated.
 *
 * @param path              the exported model directory
 * @param device            {@code cpu}, or {@code gpu} (CUDA; needs ONNX Runtime's GPU build in the plugin's lib/)
 * @param threads           ONNX Runtime intra-op threads; 0 for its default (one per core)
 * @param concurrency       generations that run at once; more wait their turn (up to their deadline)
 * @param prefillChunk      prompt tokens per forward pass while reading the prompt (bounds the logits' memory)
 * @param maxPromptTokens   longest prompt accepted, in tokens (bounds a request's key/value cache)
 * @param maxTokens         default completion token limit
 * @param temperature       default temperature, or null for generation_config.json's (else 1)
 * @param topP              default top-p, or null for generation_config.json's (else 1)
 * @param topK              top-k, or null for generation_config.json's (else none)
 * @param repetitionPenalty repetition penalty, or null for generation_config.json's (else 1, off)
 * @param stop              default stop strings
 * @param seed              seed for sampling (reproducible samples), or null for a fresh one per request
 */
record DjlSettings(Path path, String device, int threads, int concurrency, int prefillChunk, int maxPromptTokens,
                   int maxTokens, Double temperature, Double topP, Integer topK, Double repetitionPenalty,
                   List<String> stop, Long seed) {

    static DjlSettings from(ComponentConfig config) {
        if (!config.has("path")) {
            throw config.invalid("path", "is required: the directory of a model exported with `"
                    + ModelDirectoryException.EXPORT_COMMAND + "`");
        }
        Path path = Path.of(config.getString("path"));
        String device = config.getString("device", "cpu");
        if (!device.equals("cpu") && !device.equals("gpu")) {
            throw config.invalid("device", "must be cpu or gpu, got \"" + device + "\"");
        }
        int threads = config.getInt("threads", 0);
        if (threads < 0) {
            throw config.invalid("threads", "must be 0 (ONNX Runtime's default) or more, got " + threads);
        }
        int concurrency = atLeastOne(config, "concurrency", 1);
        int prefillChunk = atLeastOne(config, "prefill_chunk", 64);
        int maxPromptTokens = atLeastOne(config, "max_prompt_tokens", 4096);
        int maxTokens = atLeastOne(config, "max_tokens", 512);
        Double temperature = config.has("temperature") ? config.getDouble("temperature") : null;
        if (temperature != null && !(temperature >= 0)) {
            throw config.invalid("temperature", "must be 0 (greedy) or more, got " + temperature);
        }
        Double topP = config.has("top_p") ? config.getDouble("top_p") : null;
        if (topP != null && !(topP > 0 && topP <= 1)) {
            throw config.invalid("top_p", "must be in (0, 1], got " + topP);
        }
        Integer topK = config.has("top_k") ? config.getInt("top_k") : null;
        if (topK != null && topK < 0) {
            throw config.invalid("top_k", "must be 0 (off) or more, got " + topK);
        }
        Double penalty = config.has("repetition_penalty") ? config.getDouble("repetition_penalty") : null;
        if (penalty != null && penalty <= 0) {
            throw config.invalid("repetition_penalty", "must be above 0 (1 is off), got " + penalty);
        }
        Long seed = config.has("seed") ? config.getLong("seed", 0) : null;
        return new DjlSettings(path, device, threads, concurrency, prefillChunk, maxPromptTokens, maxTokens,
                temperature, topP, topK, penalty, config.getStringList("stop", List.of()), seed);
    }

    private static int atLeastOne(ComponentConfig config, String key, int defaultValue) {
        int value = config.getInt(key, defaultValue);
        if (value < 1) {
            throw config.invalid(key, "must be at least 1, got " + value);
        }
        return value;
    }

    /** The instance's defaults, falling back to the model's generation_config.json. */
    GenerationDefaults defaults(ModelDirectory model) {
        double t = temperature != null ? temperature
                : model.greedyByDefault() ? 0 : model.generationNumber("temperature", 1.0);
        double p = topP != null ? topP : model.generationNumber("top_p", 1.0);
        int k = topK != null ? topK : (int) model.generationNumber("top_k", 0);
        double penalty = repetitionPenalty != null ? repetitionPenalty
                : model.generationNumber("repetition_penalty", 1.0);
        return new GenerationDefaults(t, p, k, penalty, maxTokens);
    }
}
