package io.logicminer.bittensor.dendrite;

import io.logicminer.bittensor.synapse.Synapse;

/**
 * What a dendrite call produced: the local synapse updated as the SDK's {@code process_server_response} does (the
 * server's fields on 200; the status from the response on errors; header terminal values merged in).
 *
 * @param synapse       the updated synapse; {@code dendrite().statusCode()} mirrors the axon's status
 * @param statusCode    HTTP-like status: the axon's, or 408/503/422... for transport failures as in the SDK
 * @param statusMessage the axon's status message or the transport failure
 */
public record DendriteResult(Synapse synapse, int statusCode, String statusMessage) {

    /** Whether the axon answered 200. */
    public boolean isSuccess() {
        return statusCode == 200;
    }
}
