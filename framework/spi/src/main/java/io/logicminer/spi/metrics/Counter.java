package io.logicminer.spi.metrics;

/**
 * A counter family from {@link Metrics#counter}: one monotonically increasing series per combination of label
 * values. Thread-safe.
 */
public interface Counter {

    /**
     * Adds {@code amount} to the series named by {@code labelValues}.
     *
     * @param amount      not negative
     * @param labelValues one value per label name the family was created with, in that order
     * @throws IllegalArgumentException for a negative amount or the wrong number of label values
     */
    void inc(double amount, String... labelValues);

    /** Adds one to the series named by {@code labelValues}. */
    default void inc(String... labelValues) {
        inc(1, labelValues);
    }
}
