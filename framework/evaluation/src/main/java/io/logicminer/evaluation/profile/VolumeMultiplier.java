package io.logicminer.evaluation.profile;

/**
 * The 2025-05 release's reward multiplier for the volume a miner commits to: a positive reward times
 * {@code floor + (1 − floor)·min(epoch_volume / fullVolume, 1)} (0.9 + 0.1·min(v/512, 1)).
 *
 * @param floor the factor at volume 0
 * @param fullVolume the epoch_volume at which the factor reaches 1; 0 for no multiplier
 */
public record VolumeMultiplier(double floor, int fullVolume) {

    /** No multiplier (the 2024-08 release). */
    public static final VolumeMultiplier NONE = new VolumeMultiplier(1, 0);

    /** The 2025-05 release's. */
    public static final VolumeMultiplier LOGICNET_2025_05 = new VolumeMultiplier(0.9, 512);

    /**
     * The factor for {@code epochVolume}. As in the release (miner_manager.py: {@code epoch_volume or 512}), a
     * miner reporting 0 counts as reporting the full volume.
     */
    public double factor(int epochVolume) {
        if (fullVolume <= 0) {
            return 1;
        }
        int volume = epochVolume == 0 ? fullVolume : epochVolume;
        return floor + (1 - floor) * Math.max(Math.min((double) volume / fullVolume, 1), 0);
    }
}
