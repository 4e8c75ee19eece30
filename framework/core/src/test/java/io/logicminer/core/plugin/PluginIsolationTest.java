package io.logicminer.core.plugin;

import io.logicminer.core.MinerHost;
import io.logicminer.core.config.ConfigOverrides;
import io.logicminer.spi.Challenge;
import io.logicminer.spi.Solution;
import io.logicminer.spi.SolutionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plugin sees the host's API (SPI, PF4J, SLF4J) and the JDK, its own jars — and nothing else of the host, although
 * the host's class path (this test's) holds OkHttp, Jackson, Jetty, Typesafe Config and core.
 */
class PluginIsolationTest {

    /** Libraries on the host's class path that a plugin must not reach. */
    private static final List<String> HOST_ONLY = List.of(
            "com.google.inject.Injector",
            "okhttp3.OkHttpClient",
            "com.fasterxml.jackson.databind.ObjectMapper",
            "org.eclipse.jetty.server.Server",
            "com.typesafe.config.ConfigFactory",
            "ch.qos.logback.classic.Logger",
            "io.logicminer.core.MinerHost");

    @TempDir
    Path dir;

    private MinerHost host(Path pluginsDir) {
        return MinerHost.start(ConfigOverrides.parse(new String[] {"--plugins.dir", pluginsDir.toString()},
                Set.of(), Set.of()), Optional.empty());
    }

    private static Solution probe(MinerHost host, String question) throws InterruptedException {
        return host.registry().solver("probe")
                .solve(Challenge.of("1", question, "Logic", Duration.ofSeconds(5), Clock.systemUTC()));
    }

    @Test
    void aPluginReachesTheHostApiAndTheJdkButNoHostLibrary() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        TestPluginJars.plugin("isolation-plugin", plugins, "probe.jar", "probe");
        try (MinerHost host = host(plugins)) {
            for (String hostOnly : HOST_ONLY) {
                Class.forName(hostOnly); // the host has it ...
                Solution solution = probe(host, hostOnly);
                assertEquals("missing", solution.answer(), hostOnly + " leaked: " + solution.reasoning());
                assertTrue(solution.reasoning().contains("is not in plugin probe"), solution.reasoning());
            }
            for (String api : List.of("io.logicminer.spi.Solution", "io.logicminer.spi.solver.SolverContext",
                    "org.pf4j.Extension", "org.slf4j.LoggerFactory")) {
                assertEquals("host", probe(host, api).answer(), api);
            }
            for (String jdk : List.of("java.net.http.HttpClient", "javax.net.ssl.SSLContext", "java.sql.Connection")) {
                assertEquals("jdk", probe(host, jdk).answer(), jdk);
            }
            assertEquals("plugin", probe(host, "io.logicminer.example.probe.ClassProbeSolverType").answer());

            ClassLoader loader = host.registry().types().solvers().get("probe").getClass().getClassLoader();
            assertTrue(loader instanceof IsolatedPluginClassLoader, String.valueOf(loader));
            ClassNotFoundException notFound = assertThrows(ClassNotFoundException.class,
                    () -> loader.loadClass("okhttp3.OkHttpClient"));
            assertTrue(notFound.getMessage().contains("bundle the library"), notFound.getMessage());
            assertThrows(ClassNotFoundException.class,
                    () -> Class.forName("com.google.inject.Injector", false, loader));
            assertSame(Solution.class, loader.loadClass(Solution.class.getName()), "one SPI for host and plugins");
            assertNull(loader.getResource("okhttp3/OkHttpClient.class"), "host resources stay hidden too");
            assertNull(loader.getResource("reference.conf"), "the host's reference.conf is not the plugin's");
            assertNotNull(loader.getResource("io/logicminer/spi/Solution.class"));
            assertNotNull(loader.getResource("logicminer-plugin.conf"), "the plugin's own resources");
        }
    }

    @Test
    void aPluginThatBundlesALibraryGetsItsOwnCopy() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path classes = TestPluginJars.compiledClasses("isolation-plugin", dir);
        List<Path> okhttpAndItsDependencies = List.of(TestPluginJars.libraryOf(okhttp3.OkHttpClient.class),
                TestPluginJars.libraryOf(okio.Buffer.class), TestPluginJars.libraryOf(kotlin.Unit.class));
        TestPluginJars.zipPlugin(classes, okhttpAndItsDependencies, plugins.resolve("probe.zip"), "probe");
        try (MinerHost host = host(plugins)) {
            Solution created = probe(host, "new okhttp3.OkHttpClient");
            assertEquals(SolutionStatus.ANSWERED, created.status(), String.valueOf(created.error()));
            assertEquals("plugin", created.answer(), created.reasoning());
            ClassLoader loader = host.registry().types().solvers().get("probe").getClass().getClassLoader();
            Class<?> own = loader.loadClass("okhttp3.OkHttpClient");
            assertNotSame(okhttp3.OkHttpClient.class, own, "the plugin's copy, not the host's");
            assertSame(loader, own.getClassLoader());
            // Child-first for what it bundles, the host API still shared.
            assertEquals("host", probe(host, "org.slf4j.LoggerFactory").answer());
            assertEquals("missing", probe(host, "com.fasterxml.jackson.databind.ObjectMapper").answer());
        }
    }

    @Test
    void anExtensionWithoutANoArgumentConstructorIsReportedAndTheOthersLoad() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        TestPluginJars.plugin("constructor-plugin", plugins, "constructor.jar", "constructor");
        TestPluginJars.echoPlugin(plugins, "echo.jar", "echo");
        try (MinerHost host = host(plugins)) {
            assertTrue(host.registry().types().solvers().containsKey("echo"));
            assertTrue(!host.registry().types().solvers().containsKey("constructor"));
            List<PluginLoadFailure> failures = host.plugins().failures();
            assertEquals(1, failures.size(), failures.toString());
            assertEquals("constructor", failures.get(0).pluginId());
            assertTrue(failures.get(0).reason().contains("no public no-argument constructor")
                    && failures.get(0).reason().contains("context argument"), failures.get(0).reason());
        }
    }
}
