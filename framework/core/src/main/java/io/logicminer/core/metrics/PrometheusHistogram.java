package io.logicminer.core.metrics;

import io.logicminer.spi.metrics.Histogram;

/** An SPI {@link Histogram} writing to a Prometheus classic histogram family. */
final class PrometheusHistogram implements Histogram {

    private final io.prometheus.metrics.core.metrics.Histogram histogram;
    private final int labelCount;

    PrometheusHistogram(io.prometheus.metrics.core.metrics.Histogram histogram, int labelCount) {
        this.histogram = histogram;
        this.labelCount = labelCount;
    }

    @Override
    public void observe(double value, String... labelValues) {
        if (labelCount == 0 && labelValues.length == 0) {
            histogram.observe(value);
        } else {
            histogram.labelValues(labelValues).observe(value);
        }
    }
}
