package io.logicminer.spi.launch;

import java.util.List;
import java.util.Objects;

/**
 * The facts about a model that decide how much GPU memory serving it takes, as found in its {@code config.json}.
 *
 * @param modelId            Hugging Face id or local path of the unquantized checkpoint
 * @param parameters         total parameter count (every expert of a mixture of experts: all are loaded)
 * @param layers             transformer layers ({@code num_hidden_layers}, {@code n_layer})
 * @param attentionHeads     query heads ({@code num_attention_heads}, {@code n_head})
 * @param kvHeads            key/value heads ({@code num_key_value_heads}; equal to attentionHeads without
 *                           grouped-query attention)
 * @param headDim            size of one head ({@code hidden_size / num_attention_heads} unless set)
 * @param hiddenSize         {@code hidden_size}
 * @param vocabSize          {@code vocab_size}
 * @param tiedEmbeddings     whether the output head shares the input embedding's weights
 * @param maxContext         the longest sequence the model was trained for ({@code max_position_embeddings},
 *                           {@code seq_length}, {@code model_max_length})
 * @param dtype              {@code torch_dtype}: the dtype it is served in unless told otherwise
 * @param trustRemoteCode    whether the checkpoint needs its own Python code ({@code --trust-remote-code})
 * @param quantizedVariants  ways to serve it in less memory, best quality first
 * @param note               one line shown with the plan (a known caveat); may be empty
 */
public record ModelSpec(String modelId, long parameters, int layers, int attentionHeads, int kvHeads, int headDim,
                        int hiddenSize, int vocabSize, boolean tiedEmbeddings, int maxContext, WeightDtype dtype,
                        boolean trustRemoteCode, List<QuantizedVariant> quantizedVariants, String note) {

    public ModelSpec {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(dtype, "dtype");
        quantizedVariants = List.copyOf(quantizedVariants == null ? List.of() : quantizedVariants);
        note = note == null ? "" : note;
        if (modelId.isBlank()) {
            throw new IllegalArgumentException("model id must not be blank");
        }
        positive(modelId, "parameters", parameters);
        positive(modelId, "layers", layers);
        positive(modelId, "attention heads", attentionHeads);
        positive(modelId, "kv heads", kvHeads);
        positive(modelId, "head dim", headDim);
        positive(modelId, "hidden size", hiddenSize);
        positive(modelId, "vocab size", vocabSize);
        positive(modelId, "max context", maxContext);
        if (attentionHeads % kvHeads != 0) {
            throw new IllegalArgumentException(modelId + ": attention heads (" + attentionHeads
                    + ") must be a multiple of kv heads (" + kvHeads + ")");
        }
        if (embeddingParameters(vocabSize, hiddenSize, tiedEmbeddings) >= parameters) {
            throw new IllegalArgumentException(modelId + ": " + parameters + " parameters is fewer than its embeddings"
                    + " alone (vocab " + vocabSize + " x hidden " + hiddenSize + "); is the count in billions?");
        }
    }

    private static void positive(String model, String what, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(model + ": " + what + " must be positive, got " + value);
        }
    }

    private static long embeddingParameters(int vocab, int hidden, boolean tied) {
        return (long) vocab * hidden * (tied ? 1 : 2);
    }

    /** Parameters of the input embedding and the output head (once when tied); they are never quantized. */
    public long embeddingParameters() {
        return embeddingParameters(vocabSize, hiddenSize, tiedEmbeddings);
    }

    /**
     * KV-cache bytes one token takes on the whole model: 2 (key and value) × layers × kv heads × head dim ×
     * {@code bytesPerValue}.
     */
    public long kvCacheBytesPerToken(int bytesPerValue) {
        return 2L * layers * kvHeads * headDim * bytesPerValue;
    }
}
