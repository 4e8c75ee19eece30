package io.logicminer.app.launch;

import io.logicminer.spi.launch.LaunchPlan;
import io.logicminer.spi.launch.ModelSpec;
import io.logicminer.spi.launch.ServerState;
import io.logicminer.spi.launch.SupervisedServer;
import io.logicminer.spi.launch.WeightDtype;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import java.nio.file.Files;
import java.nio.file.Path;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LaunchMetricsTest {

    /** A server whose figures the test sets. */
    private static final class SettableServer implements SupervisedServer {
        volatile ServerState state = ServerState.STARTING;
        volatile int restarts;
        volatile Duration readyAfter;
        private final LaunchPlan plan;

        SettableServer() {
            ModelSpec model = new ModelSpec("Org/M", 1_000_000_000L, 2, 2, 2, 64, 128, 1000, false, 2048,
                    WeightDtype.BFLOAT16, false, List.of(), "");
            plan = new LaunchPlan("m1", model, List.of(), List.of(), Optional.empty(), Optional.empty(),
                    WeightDtype.BFLOAT16, 0, 0, List.of(), Map.of(), List.of(), List.of("does not fit"), List.of(),
                    "http://127.0.0.1:8000/v1", "m1", "");
        }

        @Override public LaunchPlan plan() { return plan; }
        @Override public ServerState state() { return state; }
        @Override public int restarts() { return restarts; }
        @Override public Optional<Duration> lastReadyAfter() { return Optional.ofNullable(readyAfter); }
        @Override public OptionalLong pid() { return OptionalLong.empty(); }
        @Override public List<Duration> backoffs() { return List.of(); }
        @Override public Optional<String> lastFailure() { return Optional.empty(); }
        @Override public boolean awaitReady(Duration timeout) { return state == ServerState.READY; }
        @Override public boolean awaitState(ServerState s, Duration timeout) { return state == s; }
        @Override public void close() { state = ServerState.STOPPED; }
    }

    private static String scrape(PrometheusRegistry registry) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrometheusTextFormatWriter.create().write(out, registry.scrape());
        return out.toString();
    }

    @Test
    void stateRestartsAndReadinessAreReadAtEachScrape() throws Exception {
        PrometheusRegistry registry = new PrometheusRegistry();
        SettableServer server = new SettableServer();
        try (LaunchMetrics metrics = LaunchMetrics.register(registry, server)) {
            String starting = scrape(registry);
            assertTrue(starting.contains("logicminer_launch_server_state{profile=\"m1\",state=\"starting\"} 1.0"),
                    starting);
            assertTrue(starting.contains("logicminer_launch_server_state{profile=\"m1\",state=\"ready\"} 0.0"));
            assertTrue(starting.contains("logicminer_launch_server_up{profile=\"m1\"} 0.0"));
            assertFalse(starting.contains("logicminer_launch_server_ready_seconds{"), "no readiness time yet");

            server.state = ServerState.READY;
            server.restarts = 2;
            server.readyAfter = Duration.ofMillis(73_500);
            String ready = scrape(registry);
            assertTrue(ready.contains("logicminer_launch_server_up{profile=\"m1\"} 1.0"), ready);
            assertTrue(ready.contains("logicminer_launch_server_restarts_total{profile=\"m1\"} 2.0"), ready);
            assertTrue(ready.contains("logicminer_launch_server_ready_seconds{profile=\"m1\"} 73.5"), ready);
        }
        assertFalse(scrape(registry).contains("logicminer_launch"), "close() unregisters");
    }

    @Test
    void aServerWhoseMetricsCannotBeRegisteredIsStoppedNotLeaked(@TempDir Path dir) {
        PrometheusRegistry registry = new PrometheusRegistry();
        // Something else already holds the name: registering the server's families throws.
        GaugeWithCallback.builder().name("logicminer_launch_server_state").help("taken").callback(cb -> { })
                .register(registry);
        SettableServer server = new SettableServer();
        assertThrows(IllegalArgumentException.class, () -> GpuLauncher.adopt(server, () -> new LaunchedServer(server,
                LaunchMetrics.register(registry, server), dir, "gpu up", dir.resolve("m1.log"))));
        assertEquals(ServerState.STOPPED, server.state, "the started server is closed when adopting it fails");
        assertFalse(Files.exists(LaunchStateFile.path(dir, "m1")));
    }
}
