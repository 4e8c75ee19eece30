package io.logicminer.core.plugin;

import io.logicminer.core.MinerHost;
import io.logicminer.core.config.ConfigOverrides;
import io.logicminer.spi.Challenge;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A metric a plugin registers through {@code HostContext.metrics()} shows in the host's Prometheus scrape. */
class PluginMetricsTest {

    @TempDir
    Path dir;

    @Test
    void aPluginsMetricsAppearInTheHostsScrape() throws Exception {
        TestPluginJars.plugin("metrics-plugin", dir, "metered.jar", "metrics-plugin");
        try (MinerHost host = MinerHost.start(ConfigOverrides.parse(new String[] {"--plugins.dir", dir.toString(),
                "--solvers.count.type", "metered"}, Set.of(), Set.of()), Optional.empty())) {
            Object type = host.registry().types().solvers().get("metered");
            assertNotSame(getClass().getClassLoader(), type.getClass().getClassLoader(),
                    "the plugin runs in its own class loader, where Prometheus is invisible");
            var solver = host.registry().solver("count");
            for (String question : new String[] {"abc", "abcdefghijklmnopqrstuvwxyz"}) {
                solver.solve(Challenge.of("1", question, "Logic", Duration.ofSeconds(5), Clock.systemUTC()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrometheusTextFormatWriter.create().write(out, host.metrics().scrape());
            String text = out.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains("logicminer_metered_solves_total{solver=\"count\"} 2.0"), text);
            assertTrue(text.contains("logicminer_metered_question_chars_bucket{solver=\"count\",le=\"10.0\"} 1"), text);
            assertTrue(text.contains("logicminer_metered_question_chars_count{solver=\"count\"} 2"), text);
            assertTrue(text.contains("logicminer_metered_last_length 26.0"), text);
        }
    }
}
