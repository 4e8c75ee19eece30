package io.logicminer.spi.metrics;

/**
 * A histogram family from {@link Metrics#histogram}: per combination of label values, the count and sum of the
 * observations and how many fell into each bucket. Thread-safe.
 */
public interface Histogram {

    /**
     * Buckets for request latencies in seconds, from 5 ms to about two minutes: the spread of an LLM call from a
     * short cached answer to a long generation up to LogicNet's largest timeouts.
     */
    double[] LATENCY_SECONDS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128};

    /**
     * Records one observation in the series named by {@code labelValues}.
     *
     * @param labelValues one value per label name the family was created with, in that order
     * @throws IllegalArgumentException for the wrong number of label values
     */
    void observe(double value, String... labelValues);
}
