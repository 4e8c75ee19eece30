package io.logicminer.evaluation.run;

/** Cosine similarity between a miner's reasoning and the validator's reference reasoning for a raw question. */
@FunctionalInterface
public interface SimilarityScorer {

    double similarity(String rawQuestion, String minerReasoning);
}
