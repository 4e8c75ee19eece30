package io.logicminer.subtensor.codec;

/**
 * A value that does not fit the type it is encoded as (wrong Java type, missing field, unknown variant, out of
 * range), or a type the codec cannot handle. The message names the path of the value ({@code args.ip}) and the
 * type.
 */
public class CodecException extends IllegalArgumentException {

    public CodecException(String message) {
        super(message);
    }

    public CodecException(String message, Throwable cause) {
        super(message, cause);
    }
}
