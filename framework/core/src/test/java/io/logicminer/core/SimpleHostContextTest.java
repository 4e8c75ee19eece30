package io.logicminer.core;

import io.logicminer.core.config.ConfigOverrides;
import io.logicminer.spi.InvalidConfigException;
import io.logicminer.spi.metrics.Metrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code HostContext.dataDirectory()} exists when a plugin gets it. */
class SimpleHostContextTest {

    @TempDir
    Path dir;

    @Test
    void theDataDirectoryIsCreatedOnFirstUse() {
        Path data = dir.resolve("a/b/data");
        SimpleHostContext context = new SimpleHostContext(Clock.systemUTC(), "1", data, () -> "test",
                Metrics.noop());
        assertFalse(Files.exists(data), "nothing is created before a plugin asks");
        assertEquals(data, context.dataDirectory());
        assertTrue(Files.isDirectory(data));
        assertEquals(data, context.dataDirectory(), "an existing directory is fine");
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsAConfigErrorNamingDataDir() throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a directory");
        SimpleHostContext context = new SimpleHostContext(Clock.systemUTC(), "1", blocker.resolve("data"),
                () -> "conf/application.conf:3", Metrics.noop());
        InvalidConfigException e = assertThrows(InvalidConfigException.class, context::dataDirectory);
        assertEquals("data.dir", e.path());
        assertEquals("conf/application.conf:3", e.origin());
        assertTrue(e.getMessage().contains(blocker.resolve("data").toString()), e.getMessage());
    }

    @Test
    void theHostHandsPluginsTheConfiguredDataDirectory() {
        Path data = dir.resolve("state");
        try (MinerHost host = MinerHost.start(ConfigOverrides.parse(new String[] {
                "--plugins.dir", dir.resolve("no-plugins").toString(), "--data.dir", data.toString()},
                Set.of(), Set.of()), Optional.empty())) {
            assertEquals(data, host.registry().dataDirectory());
            assertTrue(Files.isDirectory(data));
        }
    }
}
