package io.logicminer.bittensor.policy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The LogicNet reference miner's admission policy as one release shipped it ({@code miner.policy}): the stake a
 * validator needs, the clamp on each validator's share of the epoch volume and the length of a volume window. Every
 * value is a default only: an explicit {@code miner.min_stake}, {@code miner.min_volume_per_validator},
 * {@code miner.max_volume_per_validator} or {@code miner.limit_interval} wins over the preset.
 *
 * <p>Both releases read the stake from the metagraph's total stake ({@code metagraph.S}; under dynamic TAO that is
 * alpha plus 0.18 × root TAO), split {@code epoch_volume} among validators with stake ≥ {@code min_stake} in
 * proportion to stake (equal shares when nobody qualifies) and floor each share. Neither release checks a validator
 * permit; our {@code miner.require_validator_permit} is a key of its own, untouched by the preset. The epoch volume
 * is the miner's own commitment and no part of a preset either ({@code miner.epoch_volume}, default 50).
 */
public enum MinerPolicyPreset {

    /**
     * LogicNet main at 5e26427 (May 2025, bittensor 9.0.0), what validators run today: min_stake 10,000, each
     * validator's share clamped to [2, 80] per 600 s window ({@code MIN_RATE_LIMIT}, {@code MAX_RATE_LIMIT}).
     */
    LOGICNET_2025_05("logicnet-2025-05", 10_000, 2, 80, Duration.ofSeconds(600)),

    /**
     * LogicNet at da29213 (August 2024, bittensor 6.9.3): min_stake 10,000, each share at least 2 and not capped
     * (no {@code MAX_RATE_LIMIT} yet), per 600 s window. (That release called the epoch volume
     * {@code miner.total_volume}, default 40.)
     */
    LOGICNET_2024_08("logicnet-2024-08", 10_000, 2, Integer.MAX_VALUE, Duration.ofSeconds(600));

    /** The preset of the release validators run today, the default of {@code miner.policy}. */
    public static final MinerPolicyPreset CURRENT = LOGICNET_2025_05;

    /** The epoch volume when {@code miner.epoch_volume} is not set (the current release's default). */
    public static final int DEFAULT_EPOCH_VOLUME = 50;

    private final String id;
    private final double minStake;
    private final int minPerValidator;
    private final int maxPerValidator;
    private final Duration limitInterval;

    MinerPolicyPreset(String id, double minStake, int minPerValidator, int maxPerValidator, Duration limitInterval) {
        this.id = id;
        this.minStake = minStake;
        this.minPerValidator = minPerValidator;
        this.maxPerValidator = maxPerValidator;
        this.limitInterval = limitInterval;
    }

    /** The name written in {@code miner.policy}, e.g. {@code logicnet-2025-05}. */
    public String id() {
        return id;
    }

    /** TAO (total stake) a validator needs to be served. */
    public double minStake() {
        return minStake;
    }

    /** Floor of each validator's share of the epoch volume. */
    public int minPerValidator() {
        return minPerValidator;
    }

    /** Ceiling of each validator's share ({@link Integer#MAX_VALUE}: none). */
    public int maxPerValidator() {
        return maxPerValidator;
    }

    /** Length of a volume window. */
    public Duration limitInterval() {
        return limitInterval;
    }

    /** The policy of this preset with the given permit check, epoch volume and category. */
    public MinerPolicy policy(boolean requireValidatorPermit, int epochVolume, String category) {
        return new MinerPolicy(minStake, requireValidatorPermit, epochVolume, limitInterval, minPerValidator,
            maxPerValidator, category);
    }

    /** The preset named {@code id} (case-insensitive), if any. */
    public static Optional<MinerPolicyPreset> named(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id.equals(wanted)).findFirst();
    }

    /** Every preset's name, newest first, for error messages. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(MinerPolicyPreset::id).toList();
    }
}
