package io.logicminer.solver.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSamplerTest {

    private static final float[] LOGITS = {1.0f, 3.0f, 2.0f, 0.0f, 2.9f};

    private static int[] counts(TokenSampler sampler, int draws) {
        Random random = new Random(1);
        int[] counts = new int[LOGITS.length];
        for (int i = 0; i < draws; i++) {
            counts[sampler.next(LOGITS.clone(), Set.of(), random)]++;
        }
        return counts;
    }

    @Test
    void temperatureZeroIsArgMax() {
        int[] c = counts(new TokenSampler(0, 1, 0, 1), 50);
        assertEquals(50, c[1]);
    }

    @Test
    void temperatureOneDrawsInProportionToSoftmax() {
        int draws = 20_000;
        int[] c = counts(new TokenSampler(1, 1, 0, 1), draws);
        double total = 0;
        for (float l : LOGITS) {
            total += Math.exp(l);
        }
        for (int t = 0; t < LOGITS.length; t++) {
            double expected = draws * Math.exp(LOGITS[t]) / total;
            // five standard deviations of a binomial count
            assertTrue(Math.abs(c[t] - expected) < 5 * Math.sqrt(expected), "token " + t + ": " + c[t] + " vs "
                    + expected);
        }
    }

    @Test
    void topKKeepsTheKMostLikely() {
        int[] c = counts(new TokenSampler(1, 1, 2, 1), 2_000);
        assertEquals(2_000, c[1] + c[4]);
        assertTrue(c[1] > 0 && c[4] > 0);
    }

    @Test
    void topPKeepsTheSmallestSetReachingTheMass() {
        // softmax: token 1 ~ 0.37, token 4 ~ 0.34, token 2 ~ 0.14 ... ; 0.6 needs tokens 1 and 4
        int[] c = counts(new TokenSampler(1, 0.6, 0, 1), 2_000);
        assertEquals(2_000, c[1] + c[4]);
        int[] tiny = counts(new TokenSampler(1, 0.01, 0, 1), 200);
        assertEquals(200, tiny[1]);
    }

    @Test
    void repetitionPenaltyLowersTokensAlreadySeen() {
        TokenSampler penalised = new TokenSampler(0, 1, 0, 2.0);
        assertEquals(4, penalised.next(LOGITS.clone(), Set.of(1), new Random(1)), "3.0 / 2 < 2.9");
        assertEquals(1, new TokenSampler(0, 1, 0, 1.0).next(LOGITS.clone(), Set.of(1), new Random(1)));
    }
}
