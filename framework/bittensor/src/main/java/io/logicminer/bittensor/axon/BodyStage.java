package io.logicminer.bittensor.axon;

import io.logicminer.bittensor.synapse.Synapse;
import io.logicminer.bittensor.synapse.SynapseFormatException;
import io.logicminer.bittensor.synapse.SynapseJson;
import java.io.IOException;
import java.util.UUID;

/**
 * Body: read only now that the caller is admitted (413 past {@code axon.max_body_bytes}), parsed (422 when it is not
 * JSON, as FastAPI answers; 400 naming the field whose value has the wrong type or range), checked against the
 * signed {@code computed_body_hash} (500 on mismatch, as the SDK), then the route handler's own cheap checks (e.g. the
 * question-length cap, 413) before anything is queued.
 */
final class BodyStage implements AxonStage {

    private final long maxBodyBytes;

    BodyStage(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public AxonResponse intercept(Chain chain) throws AxonRejection {
        AxonExchange exchange = chain.exchange();
        byte[] bytes;
        try {
            bytes = exchange.request().body().read(maxBodyBytes);
        } catch (AxonRequest.BodyTooLargeException e) {
            throw new AxonRejection(413, "body_too_large", e.getMessage());
        } catch (IOException e) {
            throw new AxonRejection(400, "body_unreadable", "cannot read the request body: " + e.getMessage());
        }
        Synapse body;
        try {
            body = SynapseJson.fromBytes(exchange.route().kind(), bytes);
        } catch (SynapseFormatException e) {
            if (e.part() == SynapseFormatException.Part.BODY_SYNTAX) {
                throw new AxonRejection(422, "bad_json", e.getMessage());
            }
            throw new AxonRejection(400, "bad_body", "Improperly formatted request: " + e.getMessage());
        }
        String headerHash = exchange.headers().computedBodyHash() == null ? ""
            : exchange.headers().computedBodyHash();
        String bodyHash = body.bodyHash();
        if (!bodyHash.equals(headerHash)) {
            throw new AxonRejection(500, "body_hash", "Internal Server Error #" + UUID.randomUUID() + ": Hash"
                + " mismatch between header body hash " + headerHash + " and parsed body hash " + bodyHash);
        }
        exchange.route().handler().admit(body);
        exchange.body(body);
        return chain.proceed();
    }
}
