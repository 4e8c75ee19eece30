package io.logicminer.similarity.minilm;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.logicminer.spi.embedding.SentenceEmbedder;

import java.util.List;

/**
 * Sentence embeddings from all-MiniLM-L6-v2, the model LogicNet's validator scores reasoning similarity with,
 * run in-process on ONNX Runtime from the model and tokenizer shipped in a Maven artifact (no download).
 * Mean pooling over tokens, L2-normalised, as sentence-transformers does. Thread-safe.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    private final AllMiniLmL6V2EmbeddingModel model;

    public MiniLmEmbedder() {
        // langchain4j reads the model and tokenizer through the thread's context class loader, which in the host is
        // the application's; they live in this plugin's jars, so load them with this plugin's class loader.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(MiniLmEmbedder.class.getClassLoader());
        try {
            model = new AllMiniLmL6V2EmbeddingModel();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public String describe() {
        return "all-MiniLM-L6-v2 (ONNX Runtime, in-process)";
    }

    /** The sentence's 384-dimensional embedding. */
    @Override
    public float[] embed(String text) {
        return model.embed(text).content().vector();
    }

    /** Embeddings of many sentences in one batched ONNX run (faster per sentence than one at a time). */
    @Override
    public List<float[]> embedAll(List<String> texts) {
        return model.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(Embedding::vector).toList();
    }
}
