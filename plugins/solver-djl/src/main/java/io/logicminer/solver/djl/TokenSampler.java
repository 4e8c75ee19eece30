package io.logicminer.solver.djl;

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
        // Most likely first, taken off a max-heap one by one: only the few tokens a top-k or top-p set keeps
        // are ever ordered (a real vocabulary has ~150,000).
        int[] heap = new int[vocab];
        int size = 0;
        double total = 0;
        for (int i = 0; i < vocab; i++) {
            if (weights[i] >= NEGLIGIBLE) {
                heap[size++] = i;
                total += weights[i];
            }
        }
        for (int i = size / 2 - 1; i >= 0; i--) {
            siftDown(heap, size, i, weights);
        }
        int limit = topK > 0 ? Math.min(topK, size) : size;
        int[] order = new int[limit];
        int kept = 0;
        if (topK > 0) {
            // top-k first, then top-p over the k tokens' renormalised probabilities (Hugging Face's order)
            total = 0;
            while (kept < limit) {
                order[kept] = pop(heap, size--, weights);
                total += weights[order[kept++]];
            }
            if (topP < 1) {
                double mass = 0;
                int cut = 0;
                while (cut < kept) {
                    mass += weights[order[cut++]];
                    if (mass >= topP * total) {
                        break;
                    }
                }
                kept = cut;
            }
        } else {
            double mass = 0;
            while (kept < limit) {
                order[kept] = pop(heap, size--, weights);
                mass += weights[order[kept++]];
                if (mass >= topP * total) {
                    break;
                }
            }
        }
        return draw(weights, order, kept, random);
    }

    private static int pop(int[] heap, int size, double[] weights) {
        int top = heap[0];
        heap[0] = heap[size - 1];
        siftDown(heap, size - 1, 0, weights);
        return top;
    }

    private static void siftDown(int[] heap, int size, int i, double[] weights) {
        while (true) {
            int largest = i;
            int left = 2 * i + 1;
            int right = left + 1;
            if (left < size && weights[heap[left]] > weights[heap[largest]]) {
                largest = left;
            }
            if (right < size && weights[heap[right]] > weights[heap[largest]]) {
                largest = right;
            }
            if (largest == i) {
                return;
            }
            int t = heap[i];
            heap[i] = heap[largest];
            heap[largest] = t;
            i = largest;
        }
    }

    /** Draws index {@code order[i]} (or {@code i} when order is null), i < count, in proportion to its weight. */
    private static int draw(double[] weights, int[] order, int count, Random random) {
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
