package io.logicminer.bittensor.axon;

import io.logicminer.bittensor.metagraph.MetagraphSource;
import io.logicminer.bittensor.metrics.AxonMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.logicminer.bittensor.verification.HotkeySignatureVerifier;
import io.logicminer.bittensor.verification.NonceClock;
import io.logicminer.bittensor.verification.RequestSigner;
import io.logicminer.bittensor.verification.Sr25519HotkeyVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The axon: a Jetty 12 server (requests on virtual threads) in front of an {@link AxonPipeline}. Limits, all Jetty's
 * own facilities: header block ({@code axon.max_header_bytes}, 431), time to send the first request head ({@code
 * axon.header_timeout}, {@link HeaderReadTimeout}), open connections ({@code axon.max_connections}, Jetty's {@link
 * ConnectionLimit}: past it new connections wait in the backlog and idle ones get a short idle timeout), idle
 * connections and slow uploads ({@code axon.idle_timeout}, {@code axon.min_request_data_rate}); Jetty's own error
 * replies are JSON ({@link JsonErrorHandler}). {@link #close()} stops accepting, lets in-flight requests finish for
 * up to {@code axon.shutdown_grace}, then stops. Metrics go to the registry handed in; serving them is the host's job.
 *
 * <pre>{@code
 * AxonServer axon = AxonServer.builder()
 *     .config(config)
 *     .signer(new Sr25519RequestSigner(hotkeyPair))
 *     .metagraph(new StaticFileMetagraphSource(Path.of("conf/metagraph.json")))
 *     .routes(List.of(new AxonRoute(MySynapse.KIND, AxonRoute.Access.GATED, myHandler)))
 *     .metrics(host.metrics())
 *     .start();
 * }</pre>
 */
public final class AxonServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AxonServer.class);

    private final AxonConfig config;
    private final AxonPipeline pipeline;
    private final AxonMetrics metrics;
    private final Server server;
    private final ServerConnector connector;
    private final ConnectionLimit connectionLimit;

    private AxonServer(Builder b) {
        this.config = b.config;
        this.metrics = new AxonMetrics(b.registry);
        this.pipeline = new AxonPipeline(b.config, b.signer, b.verifier, b.metagraph, b.routes, b.clock, metrics);
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("axon");
        threads.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(config.maxHeaderBytes());
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        http.setMinRequestDataRate(config.minRequestDataRate());
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(config.ip());
        connector.setPort(config.port());
        connector.setIdleTimeout(config.idleTimeout().toMillis());
        server.addConnector(connector);
        connectionLimit = new ConnectionLimit(config.maxConnections(), connector);
        connectionLimit.setIdleTimeout(Math.min(config.idleTimeout().toMillis(), config.headerTimeout().toMillis()));
        server.addBean(connectionLimit);
        connector.addBean(new HeaderReadTimeout(connector.getScheduler(), config.headerTimeout().toMillis()));
        metrics.bindConnections(connectionLimit::getConnections);
        server.setErrorHandler(new JsonErrorHandler(metrics));
        GracefulHandler graceful = new GracefulHandler();
        graceful.setHandler(new AxonHandler(pipeline));
        server.setHandler(graceful);
        server.setStopTimeout(config.shutdownGrace().toMillis());
        server.setStopAtShutdown(false);
    }

    public static Builder builder() {
        return new Builder();
    }

    private AxonServer startServing() {
        try {
            server.start();
        } catch (Exception e) {
            pipeline.close();
            throw new IllegalStateException("cannot start the axon on " + config.ip() + ":" + config.port() + " ("
                + e.getMessage() + "); set axon.port to a free port", e);
        }
        LOG.info("axon serving {} on {}:{} (advertised {}:{})", pipeline.hotkey(), config.ip(), port(),
            config.advertisedIp(), config.advertisedPort());
        return this;
    }

    /** The bound port (the real one when {@code axon.port = 0}). */
    public int port() {
        return connector.getLocalPort();
    }

    /** Connections open now. */
    public int openConnections() {
        return connectionLimit.getConnections();
    }

    public AxonPipeline pipeline() {
        return pipeline;
    }

    public AxonMetrics metrics() {
        return metrics;
    }

    public AxonConfig config() {
        return config;
    }

    /** Runs {@code listener} when a graceful stop begins (tests use it to act while requests drain). */
    public void onStopping(Runnable listener) {
        server.addEventListener(new org.eclipse.jetty.util.component.LifeCycle.Listener() {
            @Override
            public void lifeCycleStopping(org.eclipse.jetty.util.component.LifeCycle event) {
                listener.run();
            }
        });
    }

    /** Graceful stop: refuse new requests, wait for in-flight ones up to the grace period, then stop. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("axon did not stop cleanly: {}", e.toString());
        } finally {
            pipeline.close();
        }
    }

    /** Adapts Jetty's core request/response to the pipeline. Blocking: runs on a virtual thread. */
    private static final class AxonHandler extends Handler.Abstract {
        private final AxonPipeline pipeline;

        AxonHandler(AxonPipeline pipeline) {
            super(InvocationType.BLOCKING);
            this.pipeline = pipeline;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            long start = System.nanoTime();
            // One pass over the fields: the pipeline looks up some 25 synapse headers by lower-case name, and
            // HttpFields.get scans every field case-insensitively for each.
            Map<String, String> byName = new HashMap<>(64);
            for (HttpField field : request.getHeaders()) {
                byName.putIfAbsent(field.getLowerCaseName(), field.getValue());
            }
            AxonRequest axonRequest = new AxonRequest(Request.getPathInContext(request), byName::get,
                request.getLength(), max -> readBody(request, max), Request.getRemoteAddr(request),
                Request.getRemotePort(request), start);
            AxonResponse answer = pipeline.handle(axonRequest);
            response.setStatus(answer.status());
            HttpFields.Mutable headers = response.getHeaders();
            for (Map.Entry<String, String> header : answer.headers().entrySet()) {
                headers.add(new HttpField(header.getKey(), header.getValue()));
            }
            headers.put(HttpHeader.CONTENT_TYPE, "application/json");
            response.write(true, ByteBuffer.wrap(answer.body()), callback);
            return true;
        }

        private static byte[] readBody(Request request, long max) throws IOException {
            try (InputStream in = Content.Source.asInputStream(request)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
                if (bytes.length > max) {
                    throw new AxonRequest.BodyTooLargeException(max);
                }
                return bytes;
            }
        }
    }

    /** Collects the axon's collaborators. */
    public static final class Builder {
        private AxonConfig config = AxonConfig.builder().build();
        private RequestSigner signer;
        private HotkeySignatureVerifier verifier;
        private MetagraphSource metagraph;
        private List<AxonRoute> routes;
        private NonceClock clock = NonceClock.SYSTEM;
        private PrometheusRegistry registry;

        private Builder() {
        }

        public Builder config(AxonConfig value) { this.config = value; return this; }
        /** The axon's own hotkey (signs error responses; its address is what requests must be addressed to). */
        public Builder signer(RequestSigner value) { this.signer = value; return this; }
        /** Signature verification; default sr25519 with a key cache. */
        public Builder verifier(HotkeySignatureVerifier value) { this.verifier = value; return this; }
        public Builder metagraph(MetagraphSource value) { this.metagraph = value; return this; }
        /** The synapses served, each open or gated, with its handler (a subnet's protocol supplies them). */
        public Builder routes(List<AxonRoute> value) { this.routes = List.copyOf(value); return this; }
        /** Where the axon's metrics go (the host's registry); default a registry of its own. */
        public Builder metrics(PrometheusRegistry value) { this.registry = value; return this; }
        /** Wall clock for nonces (tests). */
        public Builder clock(NonceClock value) { this.clock = value; return this; }

        /** Binds and starts serving. */
        public AxonServer start() {
            Objects.requireNonNull(signer, "signer (the axon's hotkey) is required");
            Objects.requireNonNull(metagraph, "metagraph source is required");
            Objects.requireNonNull(routes, "routes are required (a subnet's synapses, e.g. LogicNetRoutes.of)");
            if (registry == null) {
                registry = new PrometheusRegistry();
            }
            if (verifier == null) {
                verifier = new Sr25519HotkeyVerifier();
            }
            return new AxonServer(this).startServing();
        }
    }
}
