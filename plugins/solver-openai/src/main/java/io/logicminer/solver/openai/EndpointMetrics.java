package io.logicminer.solver.openai;

import io.logicminer.spi.metrics.Counter;
import io.logicminer.spi.metrics.Gauge;
import io.logicminer.spi.metrics.Histogram;
import io.logicminer.spi.metrics.Metrics;

/**
 * The per-endpoint figures of {@code openai} chat models, labelled by model instance ({@code model}, the
 * {@code models.<name>}) and endpoint ({@code endpoint}, its base URL):
 * <ul>
 *   <li>{@code logicminer_llm_endpoint_in_flight}: requests sent and not yet answered (what routing balances);</li>
 *   <li>{@code logicminer_llm_endpoint_requests_total{outcome}}: requests by how they ended ({@link
 *       AttemptOutcome}: ok, partial, rate_limited, server_error, client_error, connect_error, timeout, io_error,
 *       deadline, malformed, interrupted); a failover counts once on each endpoint tried;</li>
 *   <li>{@code logicminer_llm_endpoint_request_seconds}: time per request, sent to last byte, whatever the
 *       outcome;</li>
 *   <li>{@code logicminer_llm_endpoint_healthy}: 1 while the endpoint gets requests, 0 after a failure until a probe
 *       (or, with every endpoint down, a request) succeeds;</li>
 *   <li>{@code logicminer_llm_endpoint_probes_total{result}}: health probes of unhealthy endpoints (up, down).</li>
 * </ul>
 */
final class EndpointMetrics {

    private final String model;
    private final Gauge inFlight;
    private final Counter requests;
    private final Histogram seconds;
    private final Gauge healthy;
    private final Counter probes;

    EndpointMetrics(Metrics metrics, String model) {
        this.model = model;
        inFlight = metrics.gauge("logicminer_llm_endpoint_in_flight",
                "Chat requests sent to an endpoint and not yet answered", "model", "endpoint");
        requests = metrics.counter("logicminer_llm_endpoint_requests_total",
                "Chat requests to an endpoint by outcome (ok, partial, rate_limited, server_error, client_error, "
                        + "connect_error, timeout, io_error, deadline, malformed, interrupted)",
                "model", "endpoint", "outcome");
        seconds = metrics.histogram("logicminer_llm_endpoint_request_seconds",
                "Time of one chat request to an endpoint, sent to last byte, whatever the outcome",
                Histogram.LATENCY_SECONDS, "model", "endpoint");
        healthy = metrics.gauge("logicminer_llm_endpoint_healthy",
                "1 while the endpoint gets requests, 0 while it is down and probed", "model", "endpoint");
        probes = metrics.counter("logicminer_llm_endpoint_probes_total",
                "Health probes of unhealthy endpoints by result (up, down)", "model", "endpoint", "result");
    }

    void sent(Endpoint endpoint) {
        inFlight.inc(model, endpoint.label());
    }

    void finished(Endpoint endpoint, AttemptOutcome outcome, long nanos) {
        inFlight.dec(model, endpoint.label());
        requests.inc(model, endpoint.label(), outcome.label());
        seconds.observe(nanos / 1e9, model, endpoint.label());
    }

    void health(Endpoint endpoint, boolean up) {
        healthy.set(up ? 1 : 0, model, endpoint.label());
    }

    void probed(Endpoint endpoint, boolean up) {
        probes.inc(model, endpoint.label(), up ? "up" : "down");
    }
}
