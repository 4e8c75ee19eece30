package io.logicminer.bittensor.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * The axon's metric families, registered in the registry handed in (the host's; tests build their own). Every request
 * is counted once, whatever its fate, by synapse, HTTP status, outcome and validator uid.
 *
 * <table>
 *   <caption>Families</caption>
 *   <tr><td>logicminer_axon_requests_total{synapse,status,outcome,uid}</td><td>requests answered; outcome is
 *       answered, partial, fallback, declined, empty, timed_out, llm_error, information, ping for a 200, the
 *       rejection's reason otherwise (blacklisted, not_verified, volume_exceeded, rate_limited, queue_full,
 *       cannot_finish, queue_timeout, question_too_large, body_too_large, bad_header, bad_timeout, bad_body,
 *       bad_json, body_hash, unknown_synapse, stopping, internal_error)</td></tr>
 *   <tr><td>logicminer_axon_request_seconds{synapse}</td><td>end-to-end latency, arrival to reply</td></tr>
 *   <tr><td>logicminer_axon_verify_failures_total{reason}</td><td>signature/nonce failures by reason</td></tr>
 *   <tr><td>logicminer_axon_solve_seconds</td><td>time in the LogicSynapse handler</td></tr>
 *   <tr><td>logicminer_axon_presolve_seconds</td><td>arrival to handler start (parse, verify, queue)</td></tr>
 *   <tr><td>logicminer_axon_queue_depth, _solves_in_flight, _expected_wait_seconds, _solve_time_estimate_seconds
 *       </td><td>the solve queue</td></tr>
 *   <tr><td>logicminer_axon_nonce_entries{store}</td><td>remembered dendrite instances (registered, stranger)</td></tr>
 *   <tr><td>logicminer_axon_open_connections</td><td>connections open on the axon's port</td></tr>
 * </table>
 */
public final class AxonMetrics {

    private final PrometheusRegistry registry;
    private final Counter requests;
    private final Counter verifyFailures;
    private final Histogram requestSeconds;
    private final Histogram solveSeconds;
    private final Histogram preSolveSeconds;

    public AxonMetrics(PrometheusRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        requests = Counter.builder().name("logicminer_axon_requests_total")
            .help("Requests answered, by synapse, HTTP status, outcome and validator uid (\"-\" when unknown).")
            .labelNames("synapse", "status", "outcome", "uid").register(registry);
        verifyFailures = Counter.builder().name("logicminer_axon_verify_failures_total")
            .help("Requests that failed signature or nonce verification, by reason.").labelNames("reason")
            .register(registry);
        requestSeconds = Histogram.builder().name("logicminer_axon_request_seconds")
            .help("End-to-end time from a request's arrival to its reply, whatever its fate.").labelNames("synapse")
            .classicOnly().classicUpperBounds(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1,
                2, 4, 8, 16, 32, 64, 128)
            .register(registry);
        solveSeconds = Histogram.builder().name("logicminer_axon_solve_seconds")
            .help("Time the gated synapse handler (LogicNet: LogicSynapse) took per request.").classicOnly()
            .classicUpperBounds(0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128).register(registry);
        preSolveSeconds = Histogram.builder().name("logicminer_axon_presolve_seconds")
            .help("Time from a request's arrival to its handler's start (parse, blacklist, verify, queue).")
            .classicOnly().classicUpperBounds(0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05, 0.1, 1, 10)
            .register(registry);
    }

    /** The registry these families live in. */
    public PrometheusRegistry registry() {
        return registry;
    }

    /** Counts one finished request and its end-to-end latency. */
    public void request(String synapse, int status, String outcome, String uid, double seconds) {
        requests.labelValues(synapse, Integer.toString(status), outcome, uid).inc();
        requestSeconds.labelValues(synapse).observe(seconds);
    }

    public void verifyFailure(String reason) {
        verifyFailures.labelValues(reason).inc();
    }

    public void observeSolve(double seconds) {
        solveSeconds.observe(seconds);
    }

    public void observePreSolve(double seconds) {
        preSolveSeconds.observe(seconds);
    }

    /** Requests counted so far with these labels. */
    public long requests(String synapse, int status, String outcome, String uid) {
        return (long) requests.labelValues(synapse, Integer.toString(status), outcome, uid).get();
    }

    /** Requests counted so far with this status and outcome, over every synapse and uid. */
    public long requests(int status, String outcome) {
        long total = 0;
        for (var point : requests.collect().getDataPoints()) {
            if (point.getLabels().get("status").equals(Integer.toString(status))
                && point.getLabels().get("outcome").equals(outcome)) {
                total += (long) point.getValue();
            }
        }
        return total;
    }

    public long verifyFailures(String reason) {
        return (long) verifyFailures.labelValues(reason).get();
    }

    /** Gated-route solves observed (LogicNet: LogicSynapse). */
    public long solves() {
        return solveSeconds.collect().getDataPoints().get(0).getCount();
    }

    /** Adds the solve-queue gauges. */
    public void bindScheduler(DoubleSupplier queued, DoubleSupplier running, DoubleSupplier expectedWait,
                              DoubleSupplier solveEstimate) {
        gauge("logicminer_axon_queue_depth", "Gated requests (LogicNet: LogicSynapse) waiting for a solve slot.", queued);
        gauge("logicminer_axon_solves_in_flight", "Gated requests (LogicNet: LogicSynapse) being solved.", running);
        gauge("logicminer_axon_expected_wait_seconds",
            "Expected wait for a solve slot of a request arriving now (0 when a slot is free).", expectedWait);
        gauge("logicminer_axon_solve_time_estimate_seconds",
            "Moving average of solve durations that admission uses to estimate waits.", solveEstimate);
    }

    /** Adds the nonce-store gauge. */
    public void bindNonceStores(DoubleSupplier registered, DoubleSupplier strangers) {
        GaugeWithCallback.builder().name("logicminer_axon_nonce_entries")
            .help("Dendrite instances whose last nonce is remembered, by store.").labelNames("store")
            .callback(cb -> {
                cb.call(registered.getAsDouble(), "registered");
                cb.call(strangers.getAsDouble(), "stranger");
            }).register(registry);
    }

    /** Adds the open-connections gauge. */
    public void bindConnections(DoubleSupplier open) {
        gauge("logicminer_axon_open_connections", "Connections open on the axon's port.", open);
    }

    private void gauge(String name, String help, DoubleSupplier value) {
        GaugeWithCallback.builder().name(name).help(help).callback(cb -> cb.call(value.getAsDouble()))
            .register(registry);
    }
}
