package io.logicminer.bittensor.axon;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.logicminer.bittensor.metrics.AxonMetrics;
import io.logicminer.bittensor.synapse.SynapseJson;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's own error replies (a malformed request line 400, a URI over the limit 414, headers over {@code
 * axon.max_header_bytes} 431, anything that escaped the pipeline 500) in the axon's JSON shape {@code {"message":
 * ...}} instead of HTML, never with a stack trace; each counted and logged like a pipeline request (synapse {@code
 * http}).
 */
final class JsonErrorHandler extends ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger("io.logicminer.axon");

    private final AxonMetrics metrics;

    JsonErrorHandler(AxonMetrics metrics) {
        this.metrics = metrics;
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        record(code, message);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        record(status, reason);
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
        return ByteBuffer.wrap(body(status, reason));
    }

    private void record(int status, String message) {
        metrics.request("http", status, "http_error", "-", 0);
        LOG.info("axon http uid=- status={} http_error: {}", status, message);
    }

    private static byte[] body(int status, String message) {
        ObjectNode body = SynapseJson.mapper().createObjectNode();
        body.put("message", message == null || message.isBlank() ? "HTTP " + status : message);
        return ErrorResponses.json(body);
    }
}
