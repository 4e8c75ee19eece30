package io.logicminer.bittensor.axon;

/**
 * One step of the axon's request path, in the manner of OkHttp's interceptors: it looks at (and fills in) the
 * {@link AxonExchange}, then either throws an {@link AxonRejection} or lets the rest of the chain run with {@link
 * Chain#proceed()}. The order is {@link RouteStage} → {@link AdmissionStage} → {@link BodyStage} → {@link SolveStage} →
 * {@link ResponseStage}; {@link AxonPipeline} runs them and turns a rejection into the SDK's error response.
 */
public interface AxonStage {

    AxonResponse intercept(Chain chain) throws AxonRejection;

    /** The rest of the path, seen from one stage. */
    interface Chain {

        /** The request's state so far. */
        AxonExchange exchange();

        /** Runs the next stages and returns their response. */
        AxonResponse proceed() throws AxonRejection;
    }
}
