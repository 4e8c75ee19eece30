package io.logicminer.core.metrics;

import io.logicminer.spi.metrics.Counter;
import io.logicminer.spi.metrics.Gauge;
import io.logicminer.spi.metrics.Histogram;
import io.logicminer.spi.metrics.Metrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.PrometheusNaming;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The SPI's {@link Metrics} over the host's {@link PrometheusRegistry}: what plugins get from
 * {@code HostContext.metrics()}. Families are registered on first request and handed out again for the same name, so
 * every instance of a component type shares one family; a name already taken by another kind, other labels or one of
 * the host's own families is refused with both named.
 */
public final class PrometheusMetrics implements Metrics {

    private final PrometheusRegistry registry;
    private final Map<String, Family> families = new ConcurrentHashMap<>();

    /** A family handed out, and what it was asked for with, to answer a second request for its name. */
    private record Family(String kind, List<String> labelNames, Object adapter) {
    }

    public PrometheusMetrics(PrometheusRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** The registry the families live in. */
    public PrometheusRegistry registry() {
        return registry;
    }

    @Override
    public Counter counter(String name, String help, String... labelNames) {
        return family(name, "counter", labelNames, () -> new PrometheusCounter(
                io.prometheus.metrics.core.metrics.Counter.builder().name(name).help(help).labelNames(labelNames)
                        .register(registry), labelNames.length), Counter.class);
    }

    @Override
    public Gauge gauge(String name, String help, String... labelNames) {
        return family(name, "gauge", labelNames, () -> new PrometheusGauge(
                io.prometheus.metrics.core.metrics.Gauge.builder().name(name).help(help).labelNames(labelNames)
                        .register(registry), labelNames.length), Gauge.class);
    }

    @Override
    public Histogram histogram(String name, String help, double[] upperBounds, String... labelNames) {
        for (int i = 1; i < upperBounds.length; i++) {
            if (!(upperBounds[i] > upperBounds[i - 1])) {
                throw new IllegalArgumentException("histogram " + name + ": bucket bounds must be strictly ascending, "
                        + "got " + Arrays.toString(upperBounds));
            }
        }
        return family(name, "histogram", labelNames, () -> new PrometheusHistogram(
                io.prometheus.metrics.core.metrics.Histogram.builder().name(name).help(help).labelNames(labelNames)
                        .classicOnly().classicUpperBounds(upperBounds).register(registry), labelNames.length),
                Histogram.class);
    }

    private <T> T family(String name, String kind, String[] labelNames, Supplier<T> create, Class<T> type) {
        Objects.requireNonNull(name, "name");
        List<String> labels = List.of(labelNames);
        // The classic Prometheus alphabet: the client accepts UTF-8 names now, dashboards and PromQL selectors do not.
        if (!PrometheusNaming.isValidLegacyMetricName(name)) {
            throw new IllegalArgumentException("metric name '" + name + "' is not [a-zA-Z_:][a-zA-Z0-9_:]*; use e.g. "
                    + "logicminer_<subsystem>_<quantity>_<unit>");
        }
        for (String label : labels) {
            if (!PrometheusNaming.isValidLegacyLabelName(label) || label.startsWith("__")) {
                throw new IllegalArgumentException("label name '" + label + "' of metric '" + name + "' is not "
                        + "[a-zA-Z_][a-zA-Z0-9_]* (or starts with __, which Prometheus reserves)");
            }
        }
        Family family = families.computeIfAbsent(name, n -> {
            try {
                return new Family(kind, labels, create.get());
            } catch (IllegalArgumentException | IllegalStateException e) {
                // Prometheus refuses bad names and a name the host registered itself; say which metric it was.
                throw new IllegalArgumentException("cannot register " + kind + " '" + name + "' with labels " + labels
                        + ": " + e.getMessage(), e);
            }
        });
        if (!family.kind().equals(kind) || !family.labelNames().equals(labels)) {
            throw new IllegalArgumentException("metric '" + name + "' is already registered as a " + family.kind()
                    + " with labels " + family.labelNames() + "; asked for a " + kind + " with labels " + labels
                    + " (use another name, or the same kind and labels)");
        }
        return type.cast(family.adapter());
    }

    @Override
    public String toString() {
        return "PrometheusMetrics" + families.keySet();
    }
}
