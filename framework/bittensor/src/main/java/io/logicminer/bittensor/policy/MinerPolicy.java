package io.logicminer.bittensor.policy;

import static io.logicminer.bittensor.axon.InvalidSettingException.check;

import java.time.Duration;
import java.util.Objects;

/**
 * Who may ask how much, as the LogicNet reference miner decides it. A {@link MinerPolicyPreset} gives the values of
 * one release; each can be set on its own.
 *
 * @param minStake               TAO a hotkey needs to be served ({@code miner.min_stake}, reference default 10000)
 * @param requireValidatorPermit whether a validator permit is required as well ({@code miner.require_validator_permit})
 * @param epochVolume            requests per {@code limitInterval} shared among validators ({@code miner.epoch_volume})
 * @param limitInterval          length of a volume window ({@code miner.limit_interval}, reference 600 s)
 * @param minPerValidator        floor of each validator's share (reference {@code MIN_RATE_LIMIT} = 2)
 * @param maxPerValidator        ceiling of each validator's share (reference {@code MAX_RATE_LIMIT} = 80 since 2025;
 *                               {@link Integer#MAX_VALUE} for none, as in August 2024)
 * @param category               category answered in Information ({@code miner.category}, "Logic")
 */
public record MinerPolicy(double minStake, boolean requireValidatorPermit, int epochVolume, Duration limitInterval,
                          int minPerValidator, int maxPerValidator, String category) {

    /** The current release's defaults ({@link MinerPolicyPreset#CURRENT}), plus our validator-permit check. */
    public static final MinerPolicy DEFAULTS = MinerPolicyPreset.CURRENT.policy(true,
        MinerPolicyPreset.DEFAULT_EPOCH_VOLUME, "Logic");

    public MinerPolicy {
        Objects.requireNonNull(limitInterval, "limitInterval");
        Objects.requireNonNull(category, "category");
        check(minStake >= 0, "miner.min_stake", "must be >= 0 TAO, got " + minStake);
        check(epochVolume >= 0, "miner.epoch_volume", "must be >= 0, got " + epochVolume);
        check(!limitInterval.isNegative() && !limitInterval.isZero(), "miner.limit_interval",
            "must be positive, got " + limitInterval);
        check(minPerValidator >= 0, "miner.min_volume_per_validator", "must be >= 0, got " + minPerValidator);
        check(maxPerValidator >= minPerValidator, "miner.max_volume_per_validator",
            "must be >= miner.min_volume_per_validator (" + minPerValidator + "), got " + maxPerValidator);
    }
}
