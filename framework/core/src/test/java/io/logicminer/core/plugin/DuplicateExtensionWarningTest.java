package io.logicminer.core.plugin;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.logicminer.core.MinerHost;
import io.logicminer.core.config.ConfigOverrides;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two plugins offering one name: the host says so at start, naming both, besides `logicminer plugins`. */
class DuplicateExtensionWarningTest {

    @TempDir
    Path dir;

    @Test
    void twoPluginsOfferingOneSolverTypeAreAWarningAtStart() throws Exception {
        TestPluginJars.plugin("echo-plugin", dir, "echo-a.jar", "echo-a");
        TestPluginJars.plugin("echo-plugin", dir, "echo-b.jar", "echo-b");
        Logger logger = (Logger) LoggerFactory.getLogger(MinerHost.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try (MinerHost host = MinerHost.start(ConfigOverrides.parse(new String[] {"--plugins.dir", dir.toString()},
                Set.of(), Set.of()), Optional.empty())) {
            List<String> duplicates = host.registry().types().duplicates();
            assertTrue(duplicates.stream().anyMatch(d -> d.startsWith("solver type 'echo' is offered by both")),
                    duplicates.toString());
            List<String> warned = appender.list.stream().filter(e -> e.getLevel() == Level.WARN)
                    .map(ILoggingEvent::getFormattedMessage).toList();
            assertEquals(duplicates, warned);
        } finally {
            logger.detachAppender(appender);
        }
    }
}
