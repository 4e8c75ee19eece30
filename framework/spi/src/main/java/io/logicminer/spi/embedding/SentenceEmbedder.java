package io.logicminer.spi.embedding;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a sentence into a fixed-length vector whose cosine with another sentence's vector measures how alike the
 * two read (sentence-transformers style). The evaluator compares a miner's reasoning with a reference reasoning
 * this way. Implementations are thread-safe.
 */
public interface SentenceEmbedder extends AutoCloseable {

    /** What model this is, for reports, e.g. {@code "all-MiniLM-L6-v2 (ONNX Runtime, in-process)"}. */
    String describe();

    /** The sentence's embedding; every call returns a vector of the same length. */
    float[] embed(String text);

    /** Embeddings of many sentences, in order. Override when the model batches faster than one at a time. */
    default List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.add(embed(text));
        }
        return vectors;
    }

    /** Releases the model; the default holds nothing. */
    @Override
    default void close() {
    }
}
