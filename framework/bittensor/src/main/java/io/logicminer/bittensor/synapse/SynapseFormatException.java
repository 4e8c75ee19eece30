package io.logicminer.bittensor.synapse;

/**
 * A synapse header or body that cannot be read: a value of the wrong type, malformed JSON, a field that is not what the
 * synapse declares. The message names the header or field, the bad value and what was expected.
 */
public final class SynapseFormatException extends Exception {

    /** Which part of the request was bad; the axon answers each with the status the Bittensor SDK uses. */
    public enum Part {
        /** A header value (the SDK answers 400: {@code SynapseParsingError}). */
        HEADER,
        /** The body is not JSON (FastAPI answers 422 before the synapse is built). */
        BODY_SYNTAX,
        /**
         * The body is JSON but not a valid synapse (the SDK's pydantic validation error becomes a 500 there; this
         * axon answers 400 naming the field, as for a bad header).
         */
        BODY_FIELDS
    }

    private final Part part;

    public SynapseFormatException(Part part, String message) {
        super(message);
        this.part = part;
    }

    public Part part() {
        return part;
    }
}
