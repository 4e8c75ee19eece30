package io.logicminer.evaluation.embedding;

import io.logicminer.evaluation.judge.ReferenceReasoning;
import io.logicminer.evaluation.run.SimilarityScorer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The validator's similarity term: the cosine of all-MiniLM-L6-v2 embeddings between a miner's reasoning and the
 * reference reasoning a configured LLM writes for the raw question (once per question, then cached).
 */
public final class ReferenceSimilarity implements SimilarityScorer {

    private final ReferenceReasoning reference;
    private final MiniLmEmbedder embedder;
    private final Map<String, float[]> references = new ConcurrentHashMap<>();

    public ReferenceSimilarity(ReferenceReasoning reference, MiniLmEmbedder embedder) {
        this.reference = reference;
        this.embedder = embedder;
    }

    @Override
    public double similarity(String rawQuestion, String minerReasoning) {
        float[] expected = references.computeIfAbsent(rawQuestion, q -> embedder.embed(reference.generate(q)));
        return MiniLmEmbedder.cosine(expected, embedder.embed(minerReasoning));
    }
}
