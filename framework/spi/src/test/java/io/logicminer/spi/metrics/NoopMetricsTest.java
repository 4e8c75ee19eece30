package io.logicminer.spi.metrics;

import io.logicminer.spi.HostContext;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A context that offers no metrics hands plugins {@link Metrics#noop()}, whose families take anything. */
class NoopMetricsTest {

    @Test
    void aHostContextWithoutMetricsGivesTheNoopRegistry() {
        HostContext bare = new HostContext() {
            @Override
            public Clock clock() {
                return Clock.systemUTC();
            }

            @Override
            public String hostVersion() {
                return "test";
            }

            @Override
            public Path dataDirectory() {
                return Path.of(".");
            }
        };
        assertSame(Metrics.noop(), bare.metrics());
    }

    @Test
    void noopFamiliesIgnoreEveryRecording() {
        Metrics metrics = Metrics.noop();
        assertDoesNotThrow(() -> {
            metrics.counter("logicminer_x_total", "x", "a").inc("1");
            metrics.counter("logicminer_x_total", "x", "a").inc(2, "1");
            metrics.gauge("logicminer_y", "y").set(3);
            metrics.gauge("logicminer_y", "y").inc();
            metrics.gauge("logicminer_y", "y").dec();
            metrics.histogram("logicminer_z_seconds", "z", Histogram.LATENCY_SECONDS, "a").observe(0.1, "1");
        });
    }
}
