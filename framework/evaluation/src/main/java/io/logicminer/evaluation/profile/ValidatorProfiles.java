package io.logicminer.evaluation.profile;

import java.util.List;
import java.util.stream.Collectors;

/** The known validator profiles, oldest first. */
public final class ValidatorProfiles {

    /** LogicNet at da29213 (August 2024): the formula this miner was first built to. */
    public static final ValidatorProfile LOGICNET_2024_08 = new ValidatorProfile("logicnet-2024-08",
            "LogicNet da29213 (August 2024)", new RewardWeights(0.4, 0.6, -0.1), 1024, new JudgeOnlyLadder(),
            PenaltyRules.NONE, VolumeMultiplier.NONE);

    /** LogicNet at 5e26427 (May 2025, bittensor 9.0.0): what mainnet validators run today. */
    public static final ValidatorProfile LOGICNET_2025_05 = new ValidatorProfile("logicnet-2025-05",
            "LogicNet 5e26427 (May 2025)", new RewardWeights(0.3, 0.7, -0.05), 300, new NumericThenJudgeLadder(),
            PenaltyRules.LOGICNET_2025_05, VolumeMultiplier.LOGICNET_2025_05);

    /** The profile {@code eval} and {@code mine --local} headline by default. */
    public static final ValidatorProfile DEFAULT = LOGICNET_2025_05;

    private static final List<ValidatorProfile> ALL = List.of(LOGICNET_2024_08, LOGICNET_2025_05);

    private ValidatorProfiles() {
    }

    /** Every profile, oldest first. */
    public static List<ValidatorProfile> all() {
        return ALL;
    }

    /** The profile names, oldest first. */
    public static List<String> names() {
        return ALL.stream().map(ValidatorProfile::name).toList();
    }

    /**
     * The profile named {@code name}.
     *
     * @throws IllegalArgumentException naming the value and the choices
     */
    public static ValidatorProfile named(String name) {
        for (ValidatorProfile p : ALL) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown validator profile '" + name + "'; choices: "
                + ALL.stream().map(ValidatorProfile::name).collect(Collectors.joining(", ")));
    }
}
