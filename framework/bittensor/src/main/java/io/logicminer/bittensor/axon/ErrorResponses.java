package io.logicminer.bittensor.axon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.logicminer.bittensor.crypto.Hex;
import io.logicminer.bittensor.synapse.Synapse;
import io.logicminer.bittensor.synapse.SynapseHeaders;
import io.logicminer.bittensor.synapse.SynapseJson;
import io.logicminer.bittensor.synapse.TerminalInfo;
import io.logicminer.bittensor.verification.RequestSigner;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Error replies in the SDK's shape ({@code create_error_response}): status, the synapse headers with the axon
 * terminal's status code and message (signed by the axon once the caller is known), and {@code {"message": ...}}. A
 * body that is not JSON gets FastAPI's 422 {@code detail} instead, as the SDK's axon answers it.
 */
final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger("io.logicminer.axon");

    private final RequestSigner signer;

    ErrorResponses(RequestSigner signer) {
        this.signer = signer;
    }

    AxonResponse rejection(AxonExchange exchange, AxonRejection rejection) {
        int uid = exchange.neuron() == null ? -1 : exchange.neuron().uid();
        if (rejection.status() == 422) {
            ObjectNode detail = SynapseJson.mapper().createObjectNode();
            ObjectNode item = detail.putArray("detail").addObject();
            item.put("type", "json_invalid");
            item.putArray("loc").add("body");
            item.put("msg", "JSON decode error");
            item.putObject("ctx").put("error", rejection.getMessage());
            return new AxonResponse(422, Map.of(), json(detail), exchange.synapseName(), uid, rejection.outcome());
        }
        Synapse headers = exchange.headers() != null ? exchange.headers()
            : Synapse.empty(exchange.kind()).withName(exchange.route() == null ? null : exchange.kind().name());
        TerminalInfo axon = headers.axon().withStatus(rejection.status(), rejection.getMessage())
            .withProcessTime((System.nanoTime() - exchange.request().startNanos()) / 1e9);
        if (exchange.neuron() != null && axon.nonce() != null) {
            String signed = axon.nonce() + "." + headers.dendrite().hotkey() + "." + axon.hotkey() + "." + axon.uuid();
            axon = axon.withSignature(Hex.encodePrefixed(signer.sign(signed.getBytes(StandardCharsets.UTF_8))));
        }
        Map<String, String> out = new LinkedHashMap<>(SynapseHeaders.toHeaders(headers.withAxon(axon)));
        if (rejection.retryAfterSeconds() >= 0) {
            out.put("Retry-After", Long.toString((long) Math.ceil(rejection.retryAfterSeconds())));
        }
        ObjectNode body = SynapseJson.mapper().createObjectNode().put("message", rejection.getMessage());
        return new AxonResponse(rejection.status(), out, json(body), exchange.synapseName(), uid,
            rejection.outcome());
    }

    /** A bug on our side: one WARN line with an error id; the stack trace only at DEBUG. */
    AxonResponse internal(AxonExchange exchange, RuntimeException e) {
        String id = UUID.randomUUID().toString();
        LOG.warn("axon {} failed: Internal Server Error #{}: {}", exchange.synapseName(), id, e.toString());
        LOG.debug("Internal Server Error #" + id, e);
        AxonRejection rejection = new AxonRejection(500, "internal_error", "Internal Server Error #" + id);
        try {
            return rejection(exchange, rejection);
        } catch (RuntimeException again) {
            ObjectNode body = SynapseJson.mapper().createObjectNode().put("message", rejection.getMessage());
            return new AxonResponse(500, Map.of(), json(body), exchange.synapseName(), -1, "internal_error");
        }
    }

    static byte[] json(ObjectNode node) {
        try {
            return SynapseJson.mapper().writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
