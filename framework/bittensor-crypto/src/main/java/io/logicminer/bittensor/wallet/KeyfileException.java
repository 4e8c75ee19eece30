package io.logicminer.bittensor.wallet;

/**
 * A keyfile that cannot be read, parsed or written. The message names the file, what is wrong and how
 * to fix it, and never contains key material.
 */
public final class KeyfileException extends RuntimeException {

    public KeyfileException(String message) {
        super(message);
    }

    public KeyfileException(String message, Throwable cause) {
        super(message, cause);
    }
}
