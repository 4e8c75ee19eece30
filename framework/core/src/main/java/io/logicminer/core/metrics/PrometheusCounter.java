package io.logicminer.core.metrics;

import io.logicminer.spi.metrics.Counter;

/** An SPI {@link Counter} writing to a Prometheus counter family. */
final class PrometheusCounter implements Counter {

    private final io.prometheus.metrics.core.metrics.Counter counter;
    private final int labelCount;

    PrometheusCounter(io.prometheus.metrics.core.metrics.Counter counter, int labelCount) {
        this.counter = counter;
        this.labelCount = labelCount;
    }

    @Override
    public void inc(double amount, String... labelValues) {
        if (labelCount == 0 && labelValues.length == 0) {
            counter.inc(amount);
        } else {
            counter.labelValues(labelValues).inc(amount);
        }
    }
}
