package io.logicminer.subtensor.rpc;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff between reconnect attempts: {@code initialDelay × multiplier^(attempt-1)}, capped at
 * {@code maxDelay}, then spread by ±{@code jitter} (a fraction) so that many miners cut off by the same outage do not
 * all come back in the same instant. The attempt count resets once a connection opens.
 */
public record ReconnectPolicy(Duration initialDelay, Duration maxDelay, double multiplier, double jitter) {

    /** 250 ms, doubling, at most 30 s, ±20 %. */
    public static final ReconnectPolicy DEFAULT =
            new ReconnectPolicy(Duration.ofMillis(250), Duration.ofSeconds(30), 2.0, 0.2);

    public ReconnectPolicy {
        if (initialDelay.isNegative() || initialDelay.isZero()) {
            throw new IllegalArgumentException("reconnect initial delay must be positive, got " + initialDelay);
        }
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException(
                    "reconnect max delay " + maxDelay + " is below the initial delay " + initialDelay);
        }
        if (!(multiplier >= 1.0)) {
            throw new IllegalArgumentException("reconnect multiplier must be >= 1, got " + multiplier);
        }
        if (!(jitter >= 0.0 && jitter < 1.0)) {
            throw new IllegalArgumentException("reconnect jitter must be in [0, 1), got " + jitter);
        }
    }

    /** The delay before reconnect attempt {@code attempt} (1 for the first attempt after a drop). */
    public Duration delayBeforeAttempt(int attempt) {
        double millis = initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 1));
        millis = Math.min(millis, maxDelay.toMillis());
        if (jitter > 0) {
            millis *= 1.0 + ThreadLocalRandom.current().nextDouble(-jitter, jitter);
        }
        return Duration.ofMillis(Math.max(1, Math.round(millis)));
    }
}
