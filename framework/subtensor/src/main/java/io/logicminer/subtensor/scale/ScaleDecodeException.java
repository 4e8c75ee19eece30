package io.logicminer.subtensor.scale;

/**
 * SCALE input that cannot be decoded: truncated, out of range, non-canonical or not matching the type it is read
 * as. The message names the byte offset where decoding failed.
 */
public class ScaleDecodeException extends RuntimeException {

    private final int offset;

    public ScaleDecodeException(String message, int offset) {
        super(message + " (at byte offset " + offset + ")");
        this.offset = offset;
    }

    public ScaleDecodeException(String message, int offset, Throwable cause) {
        super(message + " (at byte offset " + offset + ")", cause);
        this.offset = offset;
    }

    /** Byte offset in the input where decoding failed. */
    public int offset() {
        return offset;
    }
}
