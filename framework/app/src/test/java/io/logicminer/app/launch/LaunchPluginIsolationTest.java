package io.logicminer.app.launch;

import io.logicminer.core.MinerHost;
import io.logicminer.core.config.ConfigOverrides;
import io.logicminer.core.plugin.TestPluginJars;
import io.logicminer.launch.vllm.FakeExecutables;
import io.logicminer.launch.vllm.VllmBackend;
import io.logicminer.spi.launch.GpuDevice;
import io.logicminer.spi.launch.LaunchBackend;
import io.logicminer.spi.launch.LaunchPlan;
import io.logicminer.spi.launch.LaunchRequest;
import io.logicminer.spi.launch.ServerState;
import io.logicminer.spi.launch.SupervisedServer;
import io.logicminer.spi.launch.SupervisorSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launch-vllm plugin as the distribution loads it: a PF4J jar in plugins/, in its own class loader that sees only
 * the SPI, PF4J and SLF4J of the host. It reads the GPUs, plans and supervises a (fake) vllm from there.
 */
class LaunchPluginIsolationTest {

    @TempDir
    Path dir;

    @Test
    void theIsolatedPluginPlansAndSupervises() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        TestPluginJars.jar(classesOf(VllmBackend.class), plugins.resolve("launch-vllm.jar"), "launch-vllm", "0.1.0");
        Path bin = dir.resolve("bin");
        Path fake = Files.createDirectories(dir.resolve("fake"));
        FakeExecutables.nvidiaSmi(bin, "0, NVIDIA L40S, 46068, 1", 0);
        FakeExecutables.vllm(bin);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (MinerHost host = MinerHost.start(ConfigOverrides.parse(new String[] {"--plugins.dir", plugins.toString()},
                Set.of(), Set.of()), Optional.empty())) {
            assertTrue(host.plugins().failures().isEmpty(), host.plugins().failures().toString());
            List<LaunchBackend> fromPlugin = host.plugins().getExtensions(LaunchBackend.class, "launch-vllm");
            assertEquals(1, fromPlugin.size());
            LaunchBackend backend = fromPlugin.get(0);
            assertNotEquals(VllmBackend.class.getClassLoader(), backend.getClass().getClassLoader(),
                    "loaded by the plugin's own class loader");
            assertEquals(7, host.plugins().getExtensions(io.logicminer.spi.launch.LaunchProfile.class, "launch-vllm")
                    .size());

            List<GpuDevice> gpus = backend.readGpus(bin.resolve("nvidia-smi").toString());
            var profile = host.plugins().getExtensions(io.logicminer.spi.launch.LaunchProfile.class, "launch-vllm")
                    .stream().filter(p -> p.name().equals("mistral-7b-instruct")).findFirst().orElseThrow();
            LaunchPlan plan = backend.plan(profile.name(), profile.model(), gpus, new LaunchRequest(List.of(), 1, 0, 0,
                    0, 0, Optional.empty(), "auto", "127.0.0.1", port, "", "mistral", List.of()));
            assertTrue(plan.fits(), plan.problems().toString());
            SupervisorSettings settings = new SupervisorSettings(bin.resolve("vllm").toString(), Optional.empty(),
                    dir.resolve("vllm.log"), 1 << 20, 1, Duration.ofMinutes(1), Duration.ofMillis(50),
                    Duration.ofMillis(10), Duration.ofMillis(40), 3, Duration.ofSeconds(10),
                    Map.of("FAKE_VLLM_DIR", fake.toString()));
            try (SupervisedServer server = backend.start(plan, settings)) {
                assertTrue(server.awaitReady(Duration.ofSeconds(60)), () -> server.state() + " "
                        + server.lastFailure());
            }
            assertTrue(Files.readString(dir.resolve("vllm.log")).contains("serve mistralai/Mistral-7B-Instruct-v0.1"));
        }
    }

    /** The plugin's compiled classes as a directory (the build's target/classes, or its jar unpacked). */
    private Path classesOf(Class<?> type) throws Exception {
        Path location = TestPluginJars.libraryOf(type);
        if (Files.isDirectory(location)) {
            return location;
        }
        Path classes = Files.createDirectories(dir.resolve("plugin-classes"));
        try (JarFile jar = new JarFile(location.toFile())) {
            for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                if (entry.isDirectory() || entry.getName().equals("META-INF/MANIFEST.MF")) {
                    continue;
                }
                Path target = classes.resolve(entry.getName());
                Files.createDirectories(target.getParent());
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, target);
                }
            }
        }
        return classes;
    }
}
