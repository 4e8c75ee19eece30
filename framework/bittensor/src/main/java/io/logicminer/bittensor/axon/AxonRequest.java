package io.logicminer.bittensor.axon;

import java.io.IOException;
import java.util.function.Function;

/**
 * One request as the transport hands it to the {@link AxonPipeline}. The body is read lazily, only once the cheap
 * checks passed.
 *
 * @param path          request path, e.g. {@code /LogicSynapse}
 * @param header        header lookup by lower-case name (null when absent)
 * @param declaredLength Content-Length, or -1 when unknown (chunked)
 * @param body          reads the body, failing with {@link BodyTooLargeException} past the limit
 * @param remoteIp      caller's address
 * @param remotePort    caller's port
 * @param startNanos    System.nanoTime() when the request arrived
 */
public record AxonRequest(String path, Function<String, String> header, long declaredLength, BodyReader body,
                          String remoteIp, int remotePort, long startNanos) {

    /** Reads the request body. */
    @FunctionalInterface
    public interface BodyReader {
        byte[] read(long maxBytes) throws IOException;
    }

    /** The body is longer than the configured maximum. */
    public static final class BodyTooLargeException extends IOException {
        public BodyTooLargeException(long maxBytes) {
            super("request body exceeds axon.max_body_bytes = " + maxBytes + " bytes");
        }
    }
}
