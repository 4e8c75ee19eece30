package io.logicminer.solver.djl;

import java.util.Arrays;
import java.util.Random;
import java.util.Set;

/**
 * Picks the next token from one row of logits: greedy (arg-max) at temperature 0, else softmax at the temperature,
 * cut to the top-k tokens and then to the smallest set whose probability reaches top-p, and drawn with the
 * sample's own {@link Random} (seeded for reproducible runs). A repetition penalty applies first, to tokens
 * already in the sequence.
 */
final class TokenSampler {

    /** Weight (relative to the most likely token's 1) below which a token cannot matter to top-k or top-p. */
    private static final double NEGLIGIBLE = 1e-12;

    private final double temperature;
    private final double topP;
    private final int topK;
    private final double repetitionPenalty;

    TokenSampler(double temperature, double topP, int topK, double repetitionPenalty) {
        this.temperature = temperature;
        this.topP = topP;
        this.topK = topK;
        this.repetitionPenalty = repetitionPenalty;
    }

    boolean greedy() {
        return temperature == 0;
    }

    int next(float[] logits, Set<Integer> seen, Random random) {
        if (repetitionPenalty != 1) {
            for (int token : seen) {
                if (token < logits.length) {
                    float l = logits[token];
                    logits[token] = (float) (l > 0 ? l / repetitionPenalty : l * repetitionPenalty);
                }
            }
        }
        if (greedy()) {
            return argMax(logits);
        }
        int vocab = logits.length;
        float max = logits[argMax(logits)];
        double[] weights = new double[vocab];
        for (int i = 0; i < vocab; i++) {
            weights[i] = Math.exp((logits[i] - max) / temperature);
        }
        if (topK <= 0 && topP >= 1) {
            return draw(weights, null, vocab, random);
        }
        // Only tokens with a non-negligible weight can be in a top-k or top-p set: sort just those.
        int candidates = 0;
        Integer[] order = new Integer[vocab];
        for (int i = 0; i < vocab; i++) {
            if (weights[i] >= NEGLIGIBLE) {
                order[candidates++] = i;
            }
        }
        Arrays.sort(order, 0, candidates, (a, b) -> Double.compare(weights[b], weights[a]));
        int kept = topK > 0 ? Math.min(topK, candidates) : candidates;
        if (topP < 1) {
            double total = 0;
            for (int i = 0; i < kept; i++) {
                total += weights[order[i]];
            }
            double mass = 0;
            int cut = 0;
            while (cut < kept) {
                mass += weights[order[cut++]] / total;
                if (mass >= topP) {
                    break;
                }
            }
            kept = cut;
        }
        return draw(weights, order, kept, random);
    }

    /** Draws index {@code order[i]} (or {@code i} when order is null), i < count, in proportion to its weight. */
    private static int draw(double[] weights, Integer[] order, int count, Random random) {
        double total = 0;
        for (int i = 0; i < count; i++) {
            total += weights[order == null ? i : order[i]];
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < count; i++) {
            int token = order == null ? i : order[i];
            r -= weights[token];
            if (r < 0) {
                return token;
            }
        }
        return order == null ? count - 1 : order[count - 1];
    }

    static int argMax(float[] logits) {
        int best = 0;
        for (int i = 1; i < logits.length; i++) {
            if (logits[i] > logits[best]) {
                best = i;
            }
        }
        return best;
    }
}
