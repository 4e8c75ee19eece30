package io.logicminer.app.launch;

import io.logicminer.spi.launch.ServerState;
import io.logicminer.spi.launch.SupervisedServer;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import java.util.Locale;

/**
 * The supervised inference server in the host's Prometheus registry, read from the server at each scrape:
 * <ul>
 *   <li>{@code logicminer_launch_server_state{profile, state}}: 1 for the current state, 0 for the others;</li>
 *   <li>{@code logicminer_launch_server_up{profile}}: 1 while ready;</li>
 *   <li>{@code logicminer_launch_server_restarts_total{profile}}: restarts after crashes or a dead engine;</li>
 *   <li>{@code logicminer_launch_server_ready_seconds{profile}}: how long the last start took to become ready.</li>
 * </ul>
 */
public final class LaunchMetrics implements AutoCloseable {

    private final PrometheusRegistry registry;
    private final GaugeWithCallback state;
    private final GaugeWithCallback up;
    private final CounterWithCallback restarts;
    private final GaugeWithCallback readySeconds;

    private LaunchMetrics(PrometheusRegistry registry, SupervisedServer server) {
        this.registry = registry;
        String profile = server.plan().profileName();
        state = GaugeWithCallback.builder().name("logicminer_launch_server_state")
                .help("State of the supervised inference server: 1 for the current state")
                .labelNames("profile", "state")
                .callback(cb -> {
                    ServerState current = server.state();
                    for (ServerState each : ServerState.values()) {
                        cb.call(each == current ? 1 : 0, profile, each.name().toLowerCase(Locale.ROOT));
                    }
                }).register(registry);
        up = GaugeWithCallback.builder().name("logicminer_launch_server_up")
                .help("1 while the supervised inference server is ready (health and served model)")
                .labelNames("profile")
                .callback(cb -> cb.call(server.state() == ServerState.READY ? 1 : 0, profile)).register(registry);
        restarts = CounterWithCallback.builder().name("logicminer_launch_server_restarts_total")
                .help("Restarts of the supervised inference server after a crash or a dead engine")
                .labelNames("profile")
                .callback(cb -> cb.call(server.restarts(), profile)).register(registry);
        readySeconds = GaugeWithCallback.builder().name("logicminer_launch_server_ready_seconds")
                .help("Seconds the last start of the supervised inference server took to become ready")
                .labelNames("profile")
                .callback(cb -> server.lastReadyAfter().ifPresent(d -> cb.call(d.toMillis() / 1000.0, profile)))
                .register(registry);
    }

    /** Registers the families for {@code server}; {@link #close()} removes them. */
    public static LaunchMetrics register(PrometheusRegistry registry, SupervisedServer server) {
        return new LaunchMetrics(registry, server);
    }

    @Override
    public void close() {
        registry.unregister(state);
        registry.unregister(up);
        registry.unregister(restarts);
        registry.unregister(readySeconds);
    }
}
