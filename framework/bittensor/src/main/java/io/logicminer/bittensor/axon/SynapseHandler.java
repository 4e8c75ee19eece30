package io.logicminer.bittensor.axon;

import io.logicminer.bittensor.synapse.Synapse;

/** Answers the requests of one {@link AxonRoute}. */
public interface SynapseHandler {

    /**
     * Cheap checks on the parsed body, run before the request takes a place in the solve queue (e.g. a size cap on
     * a field). Default: none.
     *
     * @throws AxonRejection to refuse the request with that status
     */
    default void admit(Synapse body) throws AxonRejection {
    }

    /**
     * The answer: the request synapse with the response fields filled in, and an outcome label for metrics.
     *
     * @throws InterruptedException when the axon's deadline guard or shutdown interrupted it
     */
    Handled handle(Synapse body, SolveContext context) throws InterruptedException;

    /**
     * The reply when {@link #handle} gave none: it overran its budget and was interrupted, threw, returned nothing,
     * or the request arrived with no time left. Must be fast (the deadline is at hand) and must not block. Default:
     * the body as received (its response fields as the caller sent them).
     *
     * @param outcome {@code timed_out}, {@code handler_error} or {@code empty}
     */
    default Handled unanswered(Synapse body, String outcome) {
        return new Handled(body, outcome);
    }

    /**
     * A handler's result.
     *
     * @param synapse the answered synapse
     * @param outcome label from a small fixed set ({@code answered}, {@code partial}, {@code fallback}, {@code
     *                declined}, {@code empty}, {@code timed_out}, {@code llm_error}, {@code information}...)
     */
    record Handled(Synapse synapse, String outcome) {
    }
}
