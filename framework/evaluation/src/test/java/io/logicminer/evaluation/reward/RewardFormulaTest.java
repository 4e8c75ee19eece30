package io.logicminer.evaluation.reward;

import io.logicminer.evaluation.profile.RewardWeights;
import io.logicminer.evaluation.profile.VolumeMultiplier;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RewardFormulaTest {

    private static final RewardWeights AUG_2024 = new RewardWeights(0.4, 0.6, -0.1);
    private static final RewardWeights MAY_2025 = new RewardWeights(0.3, 0.7, -0.05);

    @Test
    void handComputedCasesOfTheAugust2024Weights() {
        // (0.4*0.8 + 0.6*1 - 0.1*min(6.4/64,1)) / 2 + 0.5 = (0.32 + 0.6 - 0.01) / 2 + 0.5 = 0.955
        assertEquals(0.955, RewardFormula.reward(AUG_2024, 0.8, 1, 6.4, 64), 1e-12);
        // wrong, similar, slow beyond the timeout: (0.4*0.5 + 0 - 0.1) / 2 + 0.5 = 0.55
        assertEquals(0.55, RewardFormula.reward(AUG_2024, 0.5, 0, 100, 64), 1e-12);
        // the judge's "unclear": (0.4*0 + 0.6*0.3 - 0.1*0.5) / 2 + 0.5 = 0.565
        assertEquals(0.565, RewardFormula.reward(AUG_2024, 0, 0.3, 32, 64), 1e-12);
        // perfect and instant: (0.4 + 0.6) / 2 + 0.5 = 1
        assertEquals(1.0, RewardFormula.reward(AUG_2024, 1, 1, 0, 64), 1e-12);
    }

    @Test
    void theFullRewardAppliesSuccessAndTheVolumeFactorToPositiveRewardsOnly() {
        // (0.3*0.5 + 0.7*1 - 0.05*0.5) / 2 + 0.5 = (0.15 + 0.7 - 0.025) / 2 + 0.5 = 0.9125; x (0.9 + 0.1*50/512)
        assertEquals(0.9125 * (0.9 + 0.1 * 50 / 512.0),
                RewardFormula.reward(MAY_2025, VolumeMultiplier.LOGICNET_2025_05, 50, true, 0.5, 1, 32, 64), 1e-12);
        assertEquals(0.0, RewardFormula.reward(MAY_2025, VolumeMultiplier.LOGICNET_2025_05, 512, false, 1, 1, 0, 64),
                "no reply scores 0");
        // sim -1, correctness -1, slow: (-0.3 - 0.7 - 0.05)/2 + 0.5 = -0.025, not positive: no factor
        assertEquals(-0.025, RewardFormula.reward(MAY_2025, VolumeMultiplier.LOGICNET_2025_05, 0, true, -1, -1, 64,
                64), 1e-12);
    }

    @Test
    void aNonPositiveTimeoutIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> RewardFormula.reward(AUG_2024, 1, 1, 1, 0));
    }
}
