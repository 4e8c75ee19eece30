package io.logicminer.core.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Switches the root logger's level at run time ({@code --logging.debug}). */
final class Logging {

    private static volatile boolean debug;

    private Logging() {
    }

    static void enableDebug() {
        debug = true;
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.DEBUG);
        }
    }

    /** Sets one logger's level (e.g. quiets the axon's per-request lines in the local demo). */
    static void level(String logger, Level level) {
        if (!debug && LoggerFactory.getLogger(logger) instanceof Logger target) {
            target.setLevel(level);
        }
    }

    static boolean debugEnabled() {
        return debug;
    }
}
