package io.logicminer.evaluation.reward;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RewardFormulaTest {

    @Test
    void handComputedCases() {
        // (0.4*0.8 + 0.6*1 - 0.1*min(6.4/64,1)) / 2 + 0.5 = (0.32 + 0.6 - 0.01) / 2 + 0.5 = 0.955
        assertEquals(0.955, RewardFormula.reward(0.8, 1, 6.4, 64), 1e-12);
        // wrong, similar, slow beyond the timeout: (0.4*0.5 + 0 - 0.1) / 2 + 0.5 = 0.55
        assertEquals(0.55, RewardFormula.reward(0.5, 0, 100, 64), 1e-12);
        // the judge's "unclear": (0.4*0 + 0.6*0.3 - 0.1*0.5) / 2 + 0.5 = 0.565
        assertEquals(0.565, RewardFormula.reward(0, 0.3, 32, 64), 1e-12);
        // perfect and instant: (0.4 + 0.6) / 2 + 0.5 = 1
        assertEquals(1.0, RewardFormula.reward(1, 1, 0, 64), 1e-12);
        // without similarity: (0.6 - 0.1*0.25) / 2 + 0.5 = 0.7875
        assertEquals(0.7875, RewardFormula.rewardWithoutSimilarity(1, 16, 64), 1e-12);
    }

    @Test
    void aNonPositiveTimeoutIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> RewardFormula.reward(1, 1, 1, 0));
    }
}
