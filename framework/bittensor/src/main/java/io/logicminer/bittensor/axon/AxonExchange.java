package io.logicminer.bittensor.axon;

import io.logicminer.bittensor.metagraph.Neuron;
import io.logicminer.bittensor.synapse.Synapse;
import io.logicminer.bittensor.synapse.SynapseKind;

/**
 * One request's state as it moves through the {@link AxonStage}s; each stage fills in what it learnt. Confined to
 * the request's thread.
 */
public final class AxonExchange {

    private final AxonRequest request;
    private AxonRoute route;
    private Synapse headers;
    private Neuron neuron;
    private Synapse body;
    private Synapse answered;
    private String outcome = "ok";
    private double timeoutSeconds;
    private long deadlineNanos;

    public AxonExchange(AxonRequest request) {
        this.request = request;
    }

    public AxonRequest request() {
        return request;
    }

    /** The route, once {@link RouteStage} found it; null before (or for an unknown synapse). */
    public AxonRoute route() {
        return route;
    }

    /** The route's synapse kind name, or {@code unknown}. */
    public String synapseName() {
        return route == null ? "unknown" : route.kind().name();
    }

    public SynapseKind kind() {
        return route == null ? SynapseKind.PING : route.kind();
    }

    /** The synapse read from the request headers, with the axon terminal filled in; null before {@link RouteStage}. */
    public Synapse headers() {
        return headers;
    }

    /** The caller's metagraph entry, or null (unknown hotkey, or not looked up yet). */
    public Neuron neuron() {
        return neuron;
    }

    /** The parsed body; null before {@link BodyStage}. */
    public Synapse body() {
        return body;
    }

    /** The handler's answer; null before {@link SolveStage}. */
    public Synapse answered() {
        return answered;
    }

    public String outcome() {
        return outcome;
    }

    /** The validator's timeout in seconds (capped), once the route is known. */
    public double timeoutSeconds() {
        return timeoutSeconds;
    }

    /** System.nanoTime() by which the handler must answer. */
    public long deadlineNanos() {
        return deadlineNanos;
    }

    void route(AxonRoute value, Synapse parsedHeaders, Neuron caller, double timeout, long deadline) {
        this.route = value;
        this.headers = parsedHeaders;
        this.neuron = caller;
        this.timeoutSeconds = timeout;
        this.deadlineNanos = deadline;
    }

    void route(AxonRoute value) {
        this.route = value;
    }

    void body(Synapse value) {
        this.body = value;
    }

    void answered(Synapse value, String label) {
        this.answered = value;
        this.outcome = label;
    }
}
