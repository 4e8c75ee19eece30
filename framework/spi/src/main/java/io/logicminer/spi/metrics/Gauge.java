package io.logicminer.spi.metrics;

/**
 * A gauge family from {@link Metrics#gauge}: one series per combination of label values, each a value that goes up
 * and down. Thread-safe.
 */
public interface Gauge {

    /**
     * Sets the series named by {@code labelValues} to {@code value}.
     *
     * @param labelValues one value per label name the family was created with, in that order
     * @throws IllegalArgumentException for the wrong number of label values
     */
    void set(double value, String... labelValues);

    /** Adds {@code amount} (which may be negative) to the series named by {@code labelValues}. */
    void inc(double amount, String... labelValues);

    /** Adds one. */
    default void inc(String... labelValues) {
        inc(1, labelValues);
    }

    /** Subtracts one. */
    default void dec(String... labelValues) {
        inc(-1, labelValues);
    }
}
