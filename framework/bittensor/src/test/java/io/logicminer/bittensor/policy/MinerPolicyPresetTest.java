package io.logicminer.bittensor.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.logicminer.bittensor.metagraph.Metagraph;
import io.logicminer.bittensor.metagraph.Neuron;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The two releases' admission rules, with limits worked out by hand from volume_setting.py. */
class MinerPolicyPresetTest {

    private static Neuron neuron(int uid, double stake, boolean permit) {
        return new Neuron(uid, "hk" + uid, "", stake, permit, true, null);
    }

    /** Eligible stake 953,000 (uid 4 is below min_stake); with epoch_volume 150 the raw shares are 96.38, 45.28, 6.30
     * and 2.05 (the same in float32, as torch computes them). */
    private static final Metagraph GRAPH = new Metagraph(35, 0, List.of(neuron(0, 612_345, true),
        neuron(1, 287_655, true), neuron(2, 40_000, true), neuron(3, 13_000, false), neuron(4, 9_999, true)));

    @Test
    void theCurrentReleaseClampsEachShareToTwoToEighty() {
        MinerPolicy policy = MinerPolicyPreset.LOGICNET_2025_05.policy(false, 150, "Logic");
        VolumePlan plan = VolumePlan.of(GRAPH, policy);
        assertEquals(80, plan.limit(0), "floor(96.38) clamped to MAX_RATE_LIMIT 80");
        assertEquals(45, plan.limit(1));
        assertEquals(6, plan.limit(2));
        assertEquals(2, plan.limit(3));
        assertFalse(plan.includes(4), "9,999 < min_stake 10,000");
        assertEquals(Duration.ofSeconds(600), policy.limitInterval());
    }

    @Test
    void theAugust2024ReleaseHasNoCeiling() {
        VolumePlan plan = VolumePlan.of(GRAPH, MinerPolicyPreset.LOGICNET_2024_08.policy(false, 150, "Logic"));
        assertEquals(96, plan.limit(0), "no MAX_RATE_LIMIT in August 2024");
        assertEquals(45, plan.limit(1));
        assertEquals(6, plan.limit(2));
        assertEquals(2, plan.limit(3));
        assertFalse(plan.includes(4));
        VolumePlan small = VolumePlan.of(GRAPH, MinerPolicyPreset.LOGICNET_2024_08.policy(false, 40, "Logic"));
        assertEquals(2, small.limit(2), "floor(40 × 0.042) = 1, raised to MIN_RATE_LIMIT 2");
    }

    @Test
    void nobodyAboveMinStakeMeansEqualSharesUnderBothPresets() {
        Metagraph poor = new Metagraph(35, 0, List.of(neuron(0, 5, true), neuron(1, 500, true),
            neuron(2, 9_000, true), neuron(3, 0, false)));
        for (MinerPolicyPreset preset : MinerPolicyPreset.values()) {
            VolumePlan plan = VolumePlan.of(poor, preset.policy(true, 50, "Logic"));
            for (int uid = 0; uid < 4; uid++) {
                assertEquals(12, plan.limit(uid), preset.id() + ": floor(50 / 4) for uid " + uid);
            }
        }
    }

    @Test
    void thePermitCheckIsOursAndIndependentOfThePreset() {
        for (MinerPolicyPreset preset : MinerPolicyPreset.values()) {
            MinerPolicy checked = preset.policy(true, 50, "Logic");
            VolumePlan plan = VolumePlan.of(GRAPH, checked);
            assertEquals(Blacklist.NO_VALIDATOR_PERMIT, Blacklist.reason(GRAPH.neurons().get(3), plan, checked));
            MinerPolicy open = preset.policy(false, 50, "Logic");
            assertEquals(null, Blacklist.reason(GRAPH.neurons().get(3), VolumePlan.of(GRAPH, open), open));
        }
        assertTrue(MinerPolicy.DEFAULTS.requireValidatorPermit(), "on by default");
    }

    @Test
    void theDefaultIsTheCurrentRelease() {
        assertSame(MinerPolicyPreset.LOGICNET_2025_05, MinerPolicyPreset.CURRENT);
        MinerPolicy d = MinerPolicy.DEFAULTS;
        assertEquals(10_000, d.minStake());
        assertEquals(50, d.epochVolume());
        assertEquals(2, d.minPerValidator());
        assertEquals(80, d.maxPerValidator());
        assertEquals(Duration.ofSeconds(600), d.limitInterval());
    }

    @Test
    void presetsAreFoundByNameOnly() {
        assertEquals(Optional.of(MinerPolicyPreset.LOGICNET_2024_08), MinerPolicyPreset.named(" LogicNet-2024-08 "));
        assertEquals(Optional.empty(), MinerPolicyPreset.named("logicnet-2023"));
        assertEquals(Optional.empty(), MinerPolicyPreset.named(null));
        assertEquals(List.of("logicnet-2025-05", "logicnet-2024-08"), MinerPolicyPreset.ids());
    }
}
