package io.logicminer.app.cli;

import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StartupWarmupTest {

    @Test
    void theClassesWarmedByNameAreWhereTheWarmupLooks() {
        // a renamed class would silently drop the basepoint table from the warm-up
        assertTrue(StartupWarmup.initialise(StartupWarmup.CURVE_CONSTANTS));
        assertTrue(StartupWarmup.initialise(StartupWarmup.JETTY_MIME_TYPES));
    }

    @Test
    void anAbsentClassIsSkipped() {
        assertFalse(StartupWarmup.initialise("io.logicminer.NoSuchClass"));
    }

    @Test
    void afterAwaitingLoggingTheLoggersAreLogbacksNotStandIns() {
        StartupWarmup.begin();
        StartupWarmup.awaitLogging();
        assertInstanceOf(LoggerContext.class, LoggerFactory.getILoggerFactory());
        assertInstanceOf(ch.qos.logback.classic.Logger.class, LoggerFactory.getLogger("io.logicminer.test"));
    }
}
