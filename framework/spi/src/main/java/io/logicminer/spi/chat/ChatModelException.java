package io.logicminer.spi.chat;

/** A chat call failed. {@link #reason()} tells callers whether a retry or a fallback makes sense. */
public class ChatModelException extends RuntimeException {

    /** Why a chat call failed. */
    public enum Reason {
        /** The server answered with an error status; {@link #httpStatus()} has it. */
        HTTP_STATUS,
        /** Connecting or reading failed (refused, reset, read timeout). */
        IO,
        /** The request's deadline passed before any usable text arrived. */
        DEADLINE,
        /** The server's reply could not be understood. */
        MALFORMED_RESPONSE,
        /** The calling thread was interrupted. */
        INTERRUPTED
    }

    private final Reason reason;
    private final int httpStatus;

    public ChatModelException(Reason reason, int httpStatus, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.httpStatus = httpStatus;
    }

    public ChatModelException(Reason reason, String message) {
        this(reason, -1, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The HTTP status for {@link Reason#HTTP_STATUS}, else -1. */
    public int httpStatus() {
        return httpStatus;
    }
}
