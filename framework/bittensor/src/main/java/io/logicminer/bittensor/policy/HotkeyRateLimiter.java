package io.logicminer.bittensor.policy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token bucket per hotkey: {@code ratePerSecond} tokens a second up to {@code burst}. The axon {@link #peek peeks}
 * before the (costly) signature check, so a flooding hotkey's requests are turned away cheaply, and {@link #take
 * takes} only after the signature holds, so nobody can spend another hotkey's tokens with forged requests.
 *
 * <p>At most {@code maxHotkeys} buckets are kept (least recently used forgotten first): a forgotten hotkey starts
 * again with a full bucket, which costs a flood of throwaway keys one signature check each and nothing more.
 */
public final class HotkeyRateLimiter {

    private static final class Bucket {
        double tokens;
        long updatedNanos;
    }

    private final double ratePerNano;
    private final double burst;
    private final int maxHotkeys;
    private final LinkedHashMap<String, Bucket> buckets;

    public HotkeyRateLimiter(double ratePerSecond, int burst, int maxHotkeys) {
        if (!(ratePerSecond > 0) || burst < 1 || maxHotkeys < 1) {
            throw new IllegalArgumentException("rate must be positive and burst, maxHotkeys at least 1, got "
                + ratePerSecond + ", " + burst + ", " + maxHotkeys);
        }
        this.ratePerNano = ratePerSecond / 1e9;
        this.burst = burst;
        this.maxHotkeys = maxHotkeys;
        this.buckets = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > HotkeyRateLimiter.this.maxHotkeys;
            }
        };
    }

    /** Whether {@code hotkey} has a token now (nothing is taken). */
    public synchronized boolean peek(String hotkey, long nowNanos) {
        Bucket bucket = buckets.get(hotkey);
        return bucket == null || refill(bucket, nowNanos) >= 1;
    }

    /** Takes a token; false (nothing taken) when the bucket is empty. */
    public synchronized boolean take(String hotkey, long nowNanos) {
        Bucket bucket = buckets.get(hotkey);
        if (bucket == null) {
            bucket = new Bucket();
            bucket.tokens = burst;
            bucket.updatedNanos = nowNanos;
            buckets.put(hotkey, bucket);
        }
        if (refill(bucket, nowNanos) < 1) {
            return false;
        }
        bucket.tokens -= 1;
        return true;
    }

    /** Seconds until {@code hotkey} has a token again (0 when it has one). */
    public synchronized double retryAfterSeconds(String hotkey, long nowNanos) {
        Bucket bucket = buckets.get(hotkey);
        if (bucket == null) {
            return 0;
        }
        double missing = 1 - refill(bucket, nowNanos);
        return missing <= 0 ? 0 : missing / ratePerNano / 1e9;
    }

    private double refill(Bucket bucket, long nowNanos) {
        long elapsed = nowNanos - bucket.updatedNanos;
        if (elapsed > 0) {
            bucket.tokens = Math.min(burst, bucket.tokens + elapsed * ratePerNano);
            bucket.updatedNanos = nowNanos;
        }
        return bucket.tokens;
    }
}
