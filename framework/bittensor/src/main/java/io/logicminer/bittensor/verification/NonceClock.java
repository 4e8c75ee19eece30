package io.logicminer.bittensor.verification;

/** Wall-clock nanoseconds since the epoch, as Python's {@code time.time_ns()}; replaceable in tests. */
@FunctionalInterface
public interface NonceClock {

    long nowNanos();

    /** The system clock at the best resolution the JVM offers. */
    NonceClock SYSTEM = () -> {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    };
}
