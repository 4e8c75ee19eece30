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

    static boolean debugEnabled() {
        return debug;
    }
}
