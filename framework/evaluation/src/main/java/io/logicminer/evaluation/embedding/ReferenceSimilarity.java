package io.logicminer.evaluation.embedding;

import io.logicminer.evaluation.judge.ReferenceReasoning;
import io.logicminer.evaluation.run.SimilarityScorer;
import io.logicminer.spi.embedding.SentenceEmbedder;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The validator's similarity term: the cosine of sentence embeddings (all-MiniLM-L6-v2 in LogicNet, from the
 * similarity-minilm plugin here) between a miner's reasoning and the reference reasoning a configured LLM writes
 * for the raw question (once per question, then cached).
 */
public final class ReferenceSimilarity implements SimilarityScorer {

    private final ReferenceReasoning reference;
    private final SentenceEmbedder embedder;
    private final Map<String, float[]> references = new ConcurrentHashMap<>();

    public ReferenceSimilarity(ReferenceReasoning reference, SentenceEmbedder embedder) {
        this.reference = reference;
        this.embedder = embedder;
    }

    @Override
    public double similarity(String rawQuestion, String minerReasoning) {
        float[] expected = references.computeIfAbsent(rawQuestion, q -> embedder.embed(reference.generate(q)));
        return cosine(expected, embedder.embed(minerReasoning));
    }

    /** Cosine of two vectors, as {@code torch.nn.functional.cosine_similarity} (norms floored at 1e-8). */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of different lengths: " + a.length + " and " + b.length);
        }
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
}
