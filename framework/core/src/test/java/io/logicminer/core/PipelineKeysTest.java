package io.logicminer.core;

import io.logicminer.core.config.ConfigOverrides;
import io.logicminer.core.pipeline.PipelineSettings;
import io.logicminer.core.pipeline.SolvePipeline;
import io.logicminer.core.plugin.TestPluginJars;
import io.logicminer.spi.Challenge;
import io.logicminer.spi.InvalidConfigException;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pipeline's keys reach its settings, bad values name their key, and its figures land in the host's registry. */
class PipelineKeysTest {

    @TempDir
    Path dir;

    private MinerHost host(String... more) throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        TestPluginJars.echoPlugin(plugins, "echo.jar", "echo-plugin");
        List<String> args = new ArrayList<>(List.of("--plugins.dir", plugins.toString(), "--miner.solver", "echo",
                "--miner.fallback_solver", ""));
        args.addAll(List.of(more));
        return MinerHost.start(ConfigOverrides.parse(args.toArray(String[]::new), Set.of(), Set.of()),
                Optional.empty());
    }

    @Test
    void keysReachTheSettingsAndZeroWorkersMeansOnePerCore() throws Exception {
        try (MinerHost host = host("--miner.cpu_workers", "3", "--miner.cpu_queue", "5",
                "--miner.solver_reserve", "250ms");
             SolvePipeline pipeline = host.pipeline(Optional.empty())) {
            assertEquals(3, pipeline.settings().cpuWorkers());
            assertEquals(5, pipeline.settings().cpuQueue());
            assertEquals(Duration.ofMillis(250), pipeline.settings().solverReserve());
        }
        try (MinerHost host = host(); SolvePipeline pipeline = host.pipeline(Optional.empty())) {
            assertEquals(PipelineSettings.defaultCpuWorkers(), pipeline.settings().cpuWorkers());
            pipeline.solve(Challenge.of("c", "2+2?", "Logic", Duration.ofSeconds(30), host.clock()));
            List<String> names = host.metrics().scrape().stream().map(s -> s.getMetadata().getName()).toList();
            assertTrue(names.contains("logicminer_solve") && names.contains("logicminer_solve_cpu_busy_workers"),
                    names.toString());
            MetricSnapshot solves = host.metrics().scrape().stream()
                    .filter(s -> s.getMetadata().getName().equals("logicminer_solve")).findFirst().orElseThrow();
            assertEquals(1, solves.getDataPoints().size());
        }
    }

    @Test
    void badValuesNameTheirKey() throws Exception {
        for (String[] bad : new String[][] {{"--miner.cpu_workers", "-1"}, {"--miner.cpu_queue", "-2"},
                {"--miner.solver_reserve", "-1s"}}) {
            try (MinerHost host = host(bad)) {
                InvalidConfigException e = assertThrows(InvalidConfigException.class,
                        () -> host.pipeline(Optional.empty()));
                assertEquals(bad[0].substring(2), e.path());
            }
        }
    }
}
