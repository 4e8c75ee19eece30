package io.logicminer.evaluation.capacity;

import io.logicminer.evaluation.profile.VolumeMultiplier;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The epoch_volume a miner can honour, from a measured solve rate, and the reward multiplier it earns.
 *
 * <p>The solve rate is {@code concurrency · replies / Σ latency}: {@code concurrency} requests in flight, each
 * taking its measured latency (judge and reference calls, which run after the reply, do not count). Validators
 * count volume per 600 s window; the miner commits to half of what it measured ({@link #SAFETY_MARGIN}): requests
 * come in bursts (every validator queries many miners in the same step), real paraphrased questions are slower than
 * fixtures, and the box does other work. Beyond 512 the 2025-05 multiplier is already full, so the advice caps there.
 *
 * @param replies replies measured
 * @param concurrency requests in flight while measuring
 * @param repliesPerSecond the measured solve rate
 * @param perWindow replies per 600 s window at that rate
 * @param honourable the epoch_volume the miner can honour with the safety margin
 * @param recommended what to commit: {@code min(honourable, 512)}
 * @param multiplier the reward multiplier {@code recommended} earns under the 2025-05 profile
 * @param configured the configured {@code miner.epoch_volume}
 * @param configuredMultiplier the multiplier the configured volume earns
 */
public record VolumeAdvice(int replies, int concurrency, double repliesPerSecond, long perWindow, long honourable,
                           int recommended, double multiplier, int configured, double configuredMultiplier) {

    /** Validators' volume window (LogicNet's rate limit interval). */
    public static final Duration WINDOW = Duration.ofSeconds(600);

    /** The share of the measured capacity a miner commits to. */
    public static final double SAFETY_MARGIN = 0.5;

    /**
     * @param latencies the measured latencies of replies that arrived
     * @param concurrency requests in flight while measuring
     * @param configured the configured epoch_volume
     * @param volume the multiplier to report (the 2025-05 one)
     * @return the advice, or null with no replies
     */
    public static VolumeAdvice of(List<Duration> latencies, int concurrency, int configured, VolumeMultiplier volume) {
        if (latencies.isEmpty()) {
            return null;
        }
        double seconds = latencies.stream().mapToLong(Duration::toNanos).sum() / 1e9;
        double rate = seconds > 0 ? concurrency * latencies.size() / seconds : Double.POSITIVE_INFINITY;
        long perWindow = Double.isInfinite(rate) ? Long.MAX_VALUE : (long) Math.floor(rate * WINDOW.toSeconds());
        long honourable = Double.isInfinite(rate) ? Long.MAX_VALUE
                : (long) Math.floor(rate * WINDOW.toSeconds() * SAFETY_MARGIN);
        int full = volume.fullVolume() > 0 ? volume.fullVolume() : 512;
        int recommended = (int) Math.min(honourable, full);
        return new VolumeAdvice(latencies.size(), concurrency, rate, perWindow, honourable, recommended,
                volume.factor(recommended), configured, volume.factor(configured));
    }

    /** One line for the console. */
    public String line() {
        String advice = recommended < 1
                ? "the miner cannot honour even 1 request per window at this rate: speed the solver up"
                : String.format(Locale.ROOT, "commit miner.epoch_volume = %d (reward ×%.3f under logicnet-2025-05)",
                        recommended, multiplier);
        return String.format(Locale.ROOT, "volume: %.1f replies/s at concurrency %d = %,d per 600 s window; with a %.0f%%"
                        + " safety margin the miner can honour epoch_volume %,d; %s; the configured %d earns ×%.3f",
                repliesPerSecond, concurrency, perWindow, 100 * SAFETY_MARGIN, honourable, advice, configured,
                configuredMultiplier);
    }
}
