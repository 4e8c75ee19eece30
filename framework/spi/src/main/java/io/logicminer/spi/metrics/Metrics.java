package io.logicminer.spi.metrics;

/**
 * The host's metrics registry as a plugin sees it: get-or-create access to named metric families. Obtain it from
 * {@link io.logicminer.spi.HostContext#metrics()} in a factory's {@code create} method and keep the families it
 * returns; recording is cheap and thread-safe.
 *
 * <p>Names follow the host's: a {@code logicminer_} prefix, then the subsystem and the quantity, in Prometheus
 * style ({@code [a-zA-Z_:][a-zA-Z0-9_:]*}), with the base unit as a suffix ({@code _seconds}, {@code _bytes}) and
 * {@code _total} on counters, e.g. {@code logicminer_llm_endpoint_requests_total}. Label names follow the same
 * alphabet and must not start with {@code __}. Keep label values few (an endpoint, a model name, an outcome), never
 * a request id or a user's text.
 *
 * <p>Asking twice for the same name returns the same family, so several instances of one component type (two
 * {@code models.*} sections of one type) share a family and tell themselves apart by a label. Asking for a name
 * that exists with another kind or other label names throws {@link IllegalArgumentException} naming both.
 *
 * <p>{@link #noop()} records nothing; it is what {@link io.logicminer.spi.HostContext#metrics()} returns unless the
 * host offers a real registry, so plugin code never needs a null check.
 */
public interface Metrics {

    /**
     * A counter family: a value that only goes up (requests, errors).
     *
     * @param name       e.g. {@code logicminer_llm_endpoint_requests_total}
     * @param help       one sentence for the scrape's {@code # HELP} line
     * @param labelNames the labels every increment names values for, in this order; none for a single series
     * @throws IllegalArgumentException for an invalid name or label, or a name taken by another kind or labels
     */
    Counter counter(String name, String help, String... labelNames);

    /**
     * A gauge family: a value that goes up and down (requests in flight, a 0/1 state).
     *
     * @throws IllegalArgumentException as for {@link #counter}
     */
    Gauge gauge(String name, String help, String... labelNames);

    /**
     * A histogram family: a distribution of observations (latencies, sizes) counted into buckets.
     *
     * @param upperBounds the buckets' inclusive upper bounds, ascending; a {@code +Inf} bucket is added; e.g.
     *                    {@link Histogram#LATENCY_SECONDS}
     * @throws IllegalArgumentException as for {@link #counter}, or for bounds not strictly ascending
     */
    Histogram histogram(String name, String help, double[] upperBounds, String... labelNames);

    /** A registry that records nothing: every family it returns ignores what it is given. */
    static Metrics noop() {
        return NoopMetrics.INSTANCE;
    }
}
