package io.logicminer.bittensor.metrics;

import java.util.function.DoubleSupplier;

/** The axon's metric families. */
public final class AxonMetrics {

    private final MetricsRegistry registry = new MetricsRegistry();
    private final Counter requests = registry.register(new Counter("axon_requests_total",
        "Requests answered, by synapse, HTTP status and validator uid (\"-\" when not in the metagraph).",
        "synapse", "status", "uid"));
    private final Counter verifyFailures = registry.register(new Counter("axon_verify_failures_total",
        "Requests that failed signature or nonce verification, by reason.", "reason"));
    private final Histogram solveSeconds = registry.register(new Histogram("axon_solve_seconds",
        "Time the logic handler took per LogicSynapse.", 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128));
    private final Histogram preSolveSeconds = registry.register(new Histogram("axon_presolve_seconds",
        "Time from request start to handing the question to the handler (parse, blacklist, verify, queue).",
        0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05, 0.1, 1, 10));

    /** Adds the queue gauges once the scheduler exists. */
    public void bindQueue(DoubleSupplier queued, DoubleSupplier running) {
        registry.register(new Gauge("axon_queue_depth", "LogicSynapse requests waiting for a solve slot.", queued));
        registry.register(new Gauge("axon_solves_in_flight", "LogicSynapse requests being solved.", running));
    }

    public MetricsRegistry registry() {
        return registry;
    }

    public Counter requests() {
        return requests;
    }

    public Counter verifyFailures() {
        return verifyFailures;
    }

    public Histogram solveSeconds() {
        return solveSeconds;
    }

    public Histogram preSolveSeconds() {
        return preSolveSeconds;
    }
}
