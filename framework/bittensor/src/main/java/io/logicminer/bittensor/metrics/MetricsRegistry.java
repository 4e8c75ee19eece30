package io.logicminer.bittensor.metrics;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The metric families one process exposes. */
public final class MetricsRegistry {

    /** Content type of the text exposition format. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final List<Metric> metrics = new CopyOnWriteArrayList<>();

    /** Adds a family; names must be unique. */
    public <M extends Metric> M register(M metric) {
        for (Metric existing : metrics) {
            if (existing.name().equals(metric.name())) {
                throw new IllegalArgumentException("metric " + metric.name() + " is already registered");
            }
        }
        metrics.add(metric);
        return metric;
    }

    /** All families in the text exposition format. */
    public String scrape() {
        StringBuilder out = new StringBuilder();
        for (Metric metric : metrics) {
            metric.writeTo(out);
        }
        return out.toString();
    }
}
