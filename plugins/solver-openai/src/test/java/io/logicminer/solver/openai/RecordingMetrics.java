package io.logicminer.solver.openai;

import io.logicminer.spi.metrics.Counter;
import io.logicminer.spi.metrics.Gauge;
import io.logicminer.spi.metrics.Histogram;
import io.logicminer.spi.metrics.Metrics;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link Metrics} that keeps every series' value (a histogram's: its count) in memory, so tests read what a
 * component recorded and can wait, without sleeping, for a value to be reached.
 */
final class RecordingMetrics implements Metrics {

    private final Map<String, Double> values = new HashMap<>();

    private static String key(String name, String... labelValues) {
        return name + "|" + String.join("|", labelValues);
    }

    private synchronized void add(String key, double amount) {
        values.merge(key, amount, Double::sum);
        notifyAll();
    }

    private synchronized void put(String key, double value) {
        values.put(key, value);
        notifyAll();
    }

    /** The series' value, 0 when never recorded; for a histogram the number of observations. */
    synchronized double value(String name, String... labelValues) {
        return values.getOrDefault(key(name, labelValues), 0.0);
    }

    /** Waits until the series holds {@code expected}. */
    synchronized void await(double expected, Duration timeout, String name, String... labelValues)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (value(name, labelValues) != expected) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(key(name, labelValues) + " never reached " + expected + "; it is "
                        + value(name, labelValues));
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    @Override
    public Counter counter(String name, String help, String... labelNames) {
        return (amount, labelValues) -> add(key(name, labelValues), amount);
    }

    @Override
    public Gauge gauge(String name, String help, String... labelNames) {
        return new Gauge() {
            @Override
            public void set(double value, String... labelValues) {
                put(key(name, labelValues), value);
            }

            @Override
            public void inc(double amount, String... labelValues) {
                add(key(name, labelValues), amount);
            }
        };
    }

    @Override
    public Histogram histogram(String name, String help, double[] upperBounds, String... labelNames) {
        return (value, labelValues) -> add(key(name, labelValues), 1);
    }
}
