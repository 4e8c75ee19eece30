package io.logicminer.spi.launch;

import java.util.Objects;

/**
 * A quantized way to serve a model, used by the planner when the unquantized weights do not fit.
 *
 * <p>Either a separate pre-quantized checkpoint ({@code Qwen/Qwen2-7B-Instruct-AWQ} with {@code awq}) or the
 * model's own checkpoint quantized by vLLM while loading ({@code fp8}, the same {@link #modelId()} as the base).
 *
 * @param modelId       the checkpoint vLLM loads (Hugging Face id or local path)
 * @param method        the value of vLLM's {@code --quantization}: {@code awq}, {@code gptq}, {@code fp8}, ...
 * @param bitsPerWeight average storage per quantized weight, including scales and zero points (AWQ/GPTQ 4-bit
 *                      with groups of 128: 4 + 32/128 = 4.25); embeddings and the output head stay in the model's
 *                      dtype
 * @param note          one line for the plan (licence, quality, GPU requirement); may be empty
 */
public record QuantizedVariant(String modelId, String method, double bitsPerWeight, String note) {

    public QuantizedVariant {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(method, "method");
        note = note == null ? "" : note;
        if (modelId.isBlank()) {
            throw new IllegalArgumentException("a quantized variant needs a model id");
        }
        if (method.isBlank()) {
            throw new IllegalArgumentException("quantized variant " + modelId + " needs a method (awq, gptq, fp8, ...)");
        }
        if (!(bitsPerWeight > 0 && bitsPerWeight < 16)) {
            throw new IllegalArgumentException("quantized variant " + modelId + ": bits per weight must be between 0"
                    + " and 16, got " + bitsPerWeight);
        }
    }

    /** A label for tables: {@code awq 4.25-bit (Qwen/Qwen2-7B-Instruct-AWQ)}. */
    public String label() {
        String bits = bitsPerWeight == Math.rint(bitsPerWeight) ? String.valueOf((long) bitsPerWeight)
                : String.valueOf(bitsPerWeight);
        return method + " " + bits + "-bit (" + modelId + ")";
    }
}
