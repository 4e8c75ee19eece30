package io.logicminer.core.metrics;

import io.logicminer.spi.metrics.Gauge;

/** An SPI {@link Gauge} writing to a Prometheus gauge family. */
final class PrometheusGauge implements Gauge {

    private final io.prometheus.metrics.core.metrics.Gauge gauge;
    private final int labelCount;

    PrometheusGauge(io.prometheus.metrics.core.metrics.Gauge gauge, int labelCount) {
        this.gauge = gauge;
        this.labelCount = labelCount;
    }

    @Override
    public void set(double value, String... labelValues) {
        if (labelCount == 0 && labelValues.length == 0) {
            gauge.set(value);
        } else {
            gauge.labelValues(labelValues).set(value);
        }
    }

    @Override
    public void inc(double amount, String... labelValues) {
        if (labelCount == 0 && labelValues.length == 0) {
            gauge.inc(amount);
        } else {
            gauge.labelValues(labelValues).inc(amount);
        }
    }
}
