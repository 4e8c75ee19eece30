package io.logicminer.spi.metrics;

/** {@link Metrics#noop()}: families that drop what they are given. */
enum NoopMetrics implements Metrics, Counter, Gauge, Histogram {

    INSTANCE;

    @Override
    public Counter counter(String name, String help, String... labelNames) {
        return this;
    }

    @Override
    public Gauge gauge(String name, String help, String... labelNames) {
        return this;
    }

    @Override
    public Histogram histogram(String name, String help, double[] upperBounds, String... labelNames) {
        return this;
    }

    @Override
    public void inc(double amount, String... labelValues) {
    }

    @Override
    public void inc(String... labelValues) {
    }

    @Override
    public void set(double value, String... labelValues) {
    }

    @Override
    public void observe(double value, String... labelValues) {
    }

    @Override
    public String toString() {
        return "Metrics.noop()";
    }
}
