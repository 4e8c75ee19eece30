package io.logicminer.bittensor.metagraph;

/** A metagraph file that cannot be read or is malformed; the message names the file and the bad entry. */
public final class MetagraphFileException extends RuntimeException {

    public MetagraphFileException(String message, Throwable cause) {
        super(message, cause);
    }

    public MetagraphFileException(String message) {
        super(message);
    }
}
