package io.logicminer.evaluation.embedding;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/**
 * Sentence embeddings from all-MiniLM-L6-v2, the model LogicNet's validator scores reasoning similarity with,
 * run in-process on ONNX Runtime from the model and tokenizer shipped in a Maven artifact (no download).
 * Mean pooling over tokens, L2-normalised, as sentence-transformers does. Thread-safe.
 */
public final class MiniLmEmbedder implements AutoCloseable {

    private final AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();

    /** The sentence's 384-dimensional embedding. */
    public float[] embed(String text) {
        return model.embed(text).content().vector();
    }

    /** Embeddings of many sentences in one batched ONNX run (faster per sentence than one at a time). */
    public float[][] embedAll(java.util.List<String> texts) {
        var segments = texts.stream().map(dev.langchain4j.data.segment.TextSegment::from).toList();
        var embeddings = model.embedAll(segments).content();
        float[][] vectors = new float[embeddings.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = embeddings.get(i).vector();
        }
        return vectors;
    }

    /** Cosine similarity of two texts' embeddings, as {@code torch.nn.functional.cosine_similarity}. */
    public double similarity(String a, String b) {
        return cosine(embed(a), embed(b));
    }

    /** Cosine of two vectors. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return dot / Math.max(Math.sqrt(na) * Math.sqrt(nb), 1e-8);
    }

    @Override
    public void close() {
        // the ONNX session lives as long as the model object; nothing to release explicitly
    }
}
