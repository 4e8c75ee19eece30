package io.logicminer.subtensor.chain;

/** The chain could not answer: node unreachable, RPC error, timeout, or a reply that does not decode. */
public class SubtensorException extends RuntimeException {

    public SubtensorException(String message) {
        super(message);
    }

    public SubtensorException(String message, Throwable cause) {
        super(message, cause);
    }
}
