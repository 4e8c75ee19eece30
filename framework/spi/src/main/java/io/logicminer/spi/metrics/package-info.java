/**
 * Metrics a plugin can export through the host's Prometheus endpoint without seeing Prometheus: a {@link
 * io.logicminer.spi.metrics.Metrics} registry (from {@link io.logicminer.spi.HostContext#metrics()}) that hands out
 * {@link io.logicminer.spi.metrics.Counter counters}, {@link io.logicminer.spi.metrics.Gauge gauges} and {@link
 * io.logicminer.spi.metrics.Histogram histograms} with label names. The host's implementation registers them in its
 * Prometheus registry, so they appear in the {@code /metrics} scrape beside the host's own families.
 */
package io.logicminer.spi.metrics;
