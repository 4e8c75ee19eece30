package io.logicminer.spi.launch;

/**
 * A launch cannot go on: no {@code nvidia-smi}, its output unreadable, the server's executable missing. The message
 * says what was wrong and how to fix it.
 */
public class LaunchException extends RuntimeException {

    /** @param message what went wrong and what to do */
    public LaunchException(String message) {
        super(message);
    }

    /** @param message what went wrong and what to do; @param cause the underlying error */
    public LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
