package io.logicminer.bittensor.axon;

import java.util.Map;

/**
 * What the axon answers: status, headers (the synapse's {@code bt_header_*} set) and a JSON body.
 *
 * @param status  HTTP status
 * @param headers response headers besides Content-Type
 * @param body    JSON bytes
 * @param synapse route name for logs and metrics
 * @param uid     the caller's metagraph uid, or -1
 * @param outcome short outcome label for logs and metrics ({@code answered}, {@code blacklisted},
 *                {@code not_verified}, {@code queue_full}, ...)
 */
public record AxonResponse(int status, Map<String, String> headers, byte[] body, String synapse, int uid,
                           String outcome) {
}
