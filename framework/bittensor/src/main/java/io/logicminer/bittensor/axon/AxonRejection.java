package io.logicminer.bittensor.axon;

/**
 * A request the axon answers with an error status, in the SDK's shape ({@code {"message": ...}} plus the synapse
 * headers with {@code bt_header_axon_status_code}). Statuses as the SDK maps its exceptions: blacklist 403,
 * verification 401, unknown synapse 404, priority/queue 503, parsing 400; plus 413 for a body or question over the
 * limit, 429 for a hotkey over its rate, and 422 for a body that is not JSON (FastAPI's answer).
 */
public class AxonRejection extends Exception {

    private final int status;
    private final String outcome;
    private final double retryAfterSeconds;

    /**
     * @param status  HTTP status
     * @param outcome short label for logs and the {@code outcome} metric label (from a small fixed set)
     * @param message status message sent to the dendrite
     */
    public AxonRejection(int status, String outcome, String message) {
        this(status, outcome, message, -1);
    }

    /** As above, with a {@code Retry-After} hint in seconds (429, 503). */
    public AxonRejection(int status, String outcome, String message, double retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.outcome = outcome;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String outcome() {
        return outcome;
    }

    /** Seconds to send as {@code Retry-After}, or negative for none. */
    public double retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
