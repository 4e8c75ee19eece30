package io.logicminer.solver.ensemble;

import io.logicminer.spi.embedding.SentenceEmbedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the reasoning an ensemble returns from its winning cluster.
 *
 * <p>With a sentence embedder (all-MiniLM-L6-v2, the model LogicNet's validator scores reasoning similarity with):
 * the reasoning closest, by cosine, to the centroid of the cluster's unit-length embeddings. The validator compares
 * the miner's reasoning with its own LLM's, and the centroid is the best estimate of the typical reasoning that
 * reaches this answer. Without one, or when embedding fails: the shortest reasoning (fewer words that can stray).
 * Ties go to the shorter text, then to the earlier ballot in member order.
 *
 * <p>Bounded, since it runs in the ensemble's reserve after the vote: each text is embedded by its first
 * {@value #EMBEDDED_CHARS} characters (MiniLM reads 256 tokens anyway), at most {@value #MAX_EMBEDDED} candidates (the
 * first in member order) are embedded, and when the time for it has passed the shortest is returned without
 * embedding. A candidate whose vector or score is not finite (a broken vector) is passed over; if none is left,
 * the first candidate is kept.
 */
final class ReasoningPicker {

    private static final Logger LOG = LoggerFactory.getLogger(ReasoningPicker.class);

    /** How the reasoning was chosen, for the solution's metadata. */
    enum Method { CENTROID, SHORTEST, ONLY }

    /** The chosen ballot and how. */
    record Pick(Ballot ballot, Method method) {
    }

    /** How much of each reasoning is embedded. */
    static final int EMBEDDED_CHARS = 1_500;
    /** The most candidates embedded for one pick. */
    static final int MAX_EMBEDDED = 16;

    private static final Comparator<Ballot> SHORTEST = Comparator
            .comparingInt((Ballot b) -> b.reasoning().length()).thenComparingLong(Ballot::order);

    private final Optional<SentenceEmbedder> embedder;

    ReasoningPicker(Optional<SentenceEmbedder> embedder) {
        this.embedder = embedder;
    }

    /**
     * Picks among {@code ballots} (not empty); ballots with blank reasoning are considered only if all are. The
     * centroid pick starts only before {@code embedBy}; from then on the shortest is returned.
     */
    Pick pick(List<Ballot> ballots, Instant embedBy, Clock clock) {
        List<Ballot> withText = ballots.stream().filter(b -> !b.reasoning().isBlank()).toList();
        List<Ballot> candidates = withText.isEmpty() ? ballots : withText;
        if (candidates.size() == 1) {
            return new Pick(candidates.get(0), Method.ONLY);
        }
        if (embedder.isPresent() && clock.instant().isBefore(embedBy)) {
            List<Ballot> embedded = candidates.stream().sorted(Comparator.comparingLong(Ballot::order))
                    .limit(MAX_EMBEDDED).toList();
            try {
                return new Pick(closestToCentroid(embedded, embedder.get()), Method.CENTROID);
            } catch (RuntimeException e) {
                LOG.warn("embedding the ensemble's reasonings with {} failed ({}); returning the shortest",
                        embedder.get().describe(), e.toString());
            }
        }
        return new Pick(candidates.stream().min(SHORTEST).orElseThrow(), Method.SHORTEST);
    }

    private static Ballot closestToCentroid(List<Ballot> candidates, SentenceEmbedder embedder) {
        List<float[]> vectors = embedder.embedAll(candidates.stream().map(b -> embeddedPart(b.reasoning())).toList())
                .stream().map(ReasoningPicker::unit).toList();
        int dimensions = vectors.get(0).length;
        double[] centroid = new double[dimensions];
        for (float[] vector : vectors) {
            if (vector.length != dimensions) {
                throw new IllegalStateException("the embedder returned vectors of " + dimensions + " and "
                        + vector.length + " dimensions");
            }
            if (finite(vector)) {
                for (int i = 0; i < dimensions; i++) {
                    centroid[i] += vector[i];
                }
            }
        }
        // The centroid's length does not change which vector has the largest dot product with it.
        Ballot best = candidates.get(0);
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < candidates.size(); c++) {
            double score = 0;
            for (int i = 0; i < dimensions; i++) {
                score += centroid[i] * vectors.get(c)[i];
            }
            if (!Double.isFinite(score)) {
                continue;
            }
            Ballot ballot = candidates.get(c);
            if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && SHORTEST.compare(ballot, best) < 0)) {
                best = ballot;
                bestScore = Math.max(score, bestScore);
            }
        }
        return best;
    }

    private static boolean finite(float[] vector) {
        for (float v : vector) {
            if (!Float.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** The start of a reasoning that is embedded: its first {@value #EMBEDDED_CHARS} characters. */
    static String embeddedPart(String reasoning) {
        if (reasoning.length() <= EMBEDDED_CHARS) {
            return reasoning;
        }
        int end = Character.isHighSurrogate(reasoning.charAt(EMBEDDED_CHARS - 1)) ? EMBEDDED_CHARS - 1 : EMBEDDED_CHARS;
        return reasoning.substring(0, end);
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return vector.clone();
        }
        float[] out = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            out[i] = (float) (vector[i] / norm);
        }
        return out;
    }
}
