package io.logicminer.bittensor.metrics;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/** Serves {@code GET /metrics} from a {@link MetricsRegistry} on its own port, apart from the axon. */
public final class MetricsServer implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;

    /** Binds {@code host:port} (port 0 picks a free one) and starts serving. */
    public MetricsServer(MetricsRegistry registry, String host, int port) {
        server = new Server();
        connector = new ServerConnector(server, 1, 1);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                if (!Request.getPathInContext(request).equals("/metrics")) {
                    Response.writeError(request, response, callback, 404, "only /metrics is served here");
                    return true;
                }
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, MetricsRegistry.CONTENT_TYPE);
                response.write(true, ByteBuffer.wrap(registry.scrape().getBytes(StandardCharsets.UTF_8)), callback);
                return true;
            }
        });
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the metrics server on " + host + ":" + port + " ("
                + e.getMessage() + "); set metrics.port to a free port", e);
        }
    }

    /** The bound port. */
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("stopping the metrics server failed", e);
        }
    }
}
