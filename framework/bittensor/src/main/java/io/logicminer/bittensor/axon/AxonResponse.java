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
 * @param reason  short outcome label for logs ({@code ok}, {@code blacklist}, {@code verify:stale_nonce}, ...)
 */
public record AxonResponse(int status, Map<String, String> headers, byte[] body, String synapse, int uid,
                           String reason) {
}
