package io.logicminer.app.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.typesafe.config.Config;
import io.logicminer.config.TypesafeComponentConfig;
import org.slf4j.LoggerFactory;

/**
 * Switches the root logger's level at run time: {@code logging.debug = true} in the config file or
 * {@code --logging.debug} on the command line.
 */
final class Logging {

    private static volatile boolean debug;
    private static volatile Level levelBeforeDebug;

    private Logging() {
    }

    /**
     * Turns DEBUG on when the config (file and command line, before plugins load) sets {@code logging.debug}.
     *
     * @throws io.logicminer.spi.InvalidConfigException when {@code logging.debug} is not a boolean
     */
    static void apply(Config bootstrap) {
        if (new TypesafeComponentConfig(bootstrap, "logging").getBoolean("debug", false)) {
            enableDebug();
        }
    }

    static void enableDebug() {
        StartupWarmup.awaitLogging();
        if (!debug && LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            levelBeforeDebug = root.getLevel();
            root.setLevel(Level.DEBUG);
        }
        debug = true;
    }

    /** Back to the level logback.xml set; for tests, which share one JVM. */
    static void disableDebug() {
        StartupWarmup.awaitLogging();
        if (debug && levelBeforeDebug != null
                && LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(levelBeforeDebug);
        }
        debug = false;
    }

    /** Sets one logger's level (e.g. quiets the axon's per-request lines in the local demo). */
    static void level(String logger, Level level) {
        StartupWarmup.awaitLogging();
        if (!debug && LoggerFactory.getLogger(logger) instanceof Logger target) {
            target.setLevel(level);
        }
    }

    static boolean debugEnabled() {
        return debug;
    }
}
