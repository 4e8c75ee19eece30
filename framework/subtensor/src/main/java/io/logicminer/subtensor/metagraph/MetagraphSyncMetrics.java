package io.logicminer.subtensor.metagraph;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** The chain metagraph's Prometheus metrics: last sync block and age, failures, neurons and validators seen. */
final class MetagraphSyncMetrics {

    private final Gauge lastBlock;
    private final Gauge neurons;
    private final Gauge validators;
    private final Counter failures;
    private final GaugeWithCallback age;
    private final PrometheusRegistry registry;
    private final AtomicReference<Instant> lastSync = new AtomicReference<>();

    MetagraphSyncMetrics(PrometheusRegistry registry, Clock clock) {
        lastBlock = Gauge.builder().name("logicminer_metagraph_last_sync_block")
                .help("Block of the metagraph being served").register(registry);
        neurons = Gauge.builder().name("logicminer_metagraph_neurons")
                .help("Neurons in the metagraph being served").register(registry);
        validators = Gauge.builder().name("logicminer_metagraph_validators")
                .help("Neurons with a validator permit in the metagraph being served").register(registry);
        failures = Counter.builder().name("logicminer_metagraph_sync_failures_total")
                .help("Metagraph syncs from the chain that failed (the last good metagraph kept serving)")
                .register(registry);
        this.registry = registry;
        age = GaugeWithCallback.builder().name("logicminer_metagraph_last_sync_age_seconds")
                .help("Seconds since the metagraph being served was read (from the chain or the cache file)")
                .callback(cb -> {
                    Instant at = lastSync.get();
                    if (at != null) {
                        cb.call((clock.millis() - at.toEpochMilli()) / 1000.0);
                    }
                }).register(registry);
    }

    void served(long block, int neuronCount, long validatorCount, Instant readAt) {
        lastBlock.set(block);
        neurons.set(neuronCount);
        validators.set(validatorCount);
        lastSync.set(readAt);
    }

    void failed() {
        failures.inc();
    }

    /** Removes the metrics from the registry (a source started again registers them anew). */
    void unregister() {
        registry.unregister(lastBlock);
        registry.unregister(neurons);
        registry.unregister(validators);
        registry.unregister(failures);
        registry.unregister(age);
    }

    long failures() {
        return (long) failures.get();
    }
}
