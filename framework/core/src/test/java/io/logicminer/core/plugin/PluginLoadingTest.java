package io.logicminer.core.plugin;

import io.logicminer.core.MinerHost;
import io.logicminer.core.config.ConfigOverrides;
import io.logicminer.spi.Challenge;
import io.logicminer.spi.Solution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PluginLoadingTest {

    @TempDir
    Path dir;

    private MinerHost host(String... extraArgs) {
        String[] args = new String[extraArgs.length + 2];
        args[0] = "--plugins.dir";
        args[1] = dir.toString();
        System.arraycopy(extraArgs, 0, args, 2, extraArgs.length);
        return MinerHost.start(ConfigOverrides.parse(args, Set.of(), Set.of()), Optional.empty());
    }

    @Test
    void loadsADroppedInPluginInItsOwnClassLoaderWithHostServicesInItsContext() throws Exception {
        TestPluginJars.echoPlugin(dir, "echo-plugin-0.0.1.jar", "echo-plugin");
        try (MinerHost host = host()) {
            assertEquals(1, host.plugins().getStartedPlugins().size());
            assertTrue(host.registry().types().solvers().containsKey("echo"));
            Object extension = host.registry().types().solvers().get("echo");
            assertNotSame(getClass().getClassLoader(), extension.getClass().getClassLoader());
            // The plugin's own defaults (logicminer-plugin.conf) define solvers.echo.
            Solution solution = host.registry().solver("echo").solve(
                    Challenge.of("1", "hello", "Logic", Duration.ofSeconds(5), Clock.systemUTC()));
            assertEquals("echo:5", solution.answer());
            assertTrue(solution.reasoning().startsWith("host " + io.logicminer.core.HostVersion.get()),
                    "HostContext reached the factory through its context argument: " + solution.reasoning());
        }
    }

    @Test
    void configSelectsAndConfiguresThePluginWithoutRebuildingTheHost() throws Exception {
        TestPluginJars.echoPlugin(dir, "echo.jar", "echo-plugin");
        try (MinerHost host = host("--solvers.loud.type", "echo", "--solvers.loud.prefix", "LOUD",
                "--miner.solver", "loud")) {
            Solution solution = host.pipeline(Optional.empty())
                    .solve(Challenge.of("1", "abc", "Logic", Duration.ofSeconds(5), Clock.systemUTC()));
            assertEquals("LOUD:3", solution.answer());
            assertEquals("loud", solution.solver());
        }
    }

    @Test
    void theAutoFallbackIsTheLlmSolverOnlyOnceAnEndpointIsConfigured() throws Exception {
        TestPluginJars.echoPlugin(dir, "echo.jar", "echo-plugin");
        try (MinerHost host = host("--miner.solver", "echo", "--solvers.direct.type", "echo");
             var pipeline = host.pipeline(Optional.empty())) {
            assertEquals(Optional.empty(), pipeline.fallbackName());
        }
        try (MinerHost host = host("--miner.solver", "echo", "--solvers.direct.type", "echo",
                "--miner.llm_client.base_url", "http://gpu-box:8000/v1");
             var pipeline = host.pipeline(Optional.empty())) {
            assertEquals(Optional.of("direct"), pipeline.fallbackName());
        }
    }

    @Test
    void brokenJarsAreReportedAndTheOthersStillLoad() throws Exception {
        TestPluginJars.echoPlugin(dir, "good.jar", "echo-plugin");
        Files.write(dir.resolve("garbage.jar"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        TestPluginJars.jarWithoutPluginId(dir);
        try (MinerHost host = host()) {
            assertEquals(1, host.plugins().getStartedPlugins().size());
            assertTrue(host.registry().types().solvers().containsKey("echo"));
            var failures = host.plugins().failures();
            assertEquals(2, failures.size(), failures.toString());
            var failed = failures.stream().map(f -> f.location().getFileName().toString()).sorted().toList();
            assertEquals(java.util.List.of("garbage.jar", "no-id.jar"), failed);
            failures.forEach(f -> assertTrue(!f.reason().isBlank(), "a reason is given"));
        }
    }

    @Test
    void zipPluginsAreUnpackedAndLoaded() throws Exception {
        Path classesJar = TestPluginJars.echoPlugin(Files.createDirectories(dir.resolve("build")), "echo.jar",
                "echo-zip");
        // A PF4J zip plugin: classes/ plus a properties descriptor.
        Path staging = Files.createDirectories(dir.resolve("staging"));
        Path classes = Files.createDirectories(staging.resolve("classes"));
        try (var jar = new java.util.jar.JarFile(classesJar.toFile())) {
            for (var entry : java.util.Collections.list(jar.entries())) {
                if (!entry.isDirectory() && !entry.getName().startsWith("META-INF/MANIFEST")) {
                    Path target = classes.resolve(entry.getName());
                    Files.createDirectories(target.getParent());
                    try (var in = jar.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
        Files.writeString(staging.resolve("plugin.properties"),
                "plugin.id=echo-zip\nplugin.version=0.0.1\nplugin.provider=test\n");
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(plugins.resolve("echo-zip.zip")));
             var walk = Files.walk(staging)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(staging.relativize(path).toString()));
                Files.copy(path, zip);
                zip.closeEntry();
            }
        }
        try (MinerHost host = MinerHost.start(ConfigOverrides.parse(
                new String[] {"--plugins.dir", plugins.toString()}, Set.of(), Set.of()), Optional.empty())) {
            assertEquals("echo-zip", host.plugins().getStartedPlugins().get(0).getPluginId());
            assertTrue(host.registry().types().solvers().containsKey("echo"));
        }
    }
}
