package io.logicminer.bittensor.axon;

/**
 * A request the axon answers with an error status, as the SDK maps its exceptions: blacklist 403, verification 401,
 * unknown synapse 404, priority/queue 503, priority timeout 408, parsing and body-hash failures 500; plus 413 for a
 * body over the limit and 422 for a body that is not JSON (FastAPI's answer).
 */
class AxonRejection extends Exception {

    private final int status;
    private final String label;

    /**
     * @param status HTTP status
     * @param label  short reason for logs
     * @param message status message sent to the dendrite
     */
    AxonRejection(int status, String label, String message) {
        super(message, null, false, false);
        this.status = status;
        this.label = label;
    }

    int status() {
        return status;
    }

    String label() {
        return label;
    }
}
