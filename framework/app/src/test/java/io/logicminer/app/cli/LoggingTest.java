package io.logicminer.app.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code logging.debug} works from the config file as well as from the command line. */
class LoggingTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    @AfterEach
    void debugOff() {
        Logging.disableDebug();
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path config(String text) throws Exception {
        return Files.writeString(dir.resolve("application.conf"), text);
    }

    @Test
    void theConfigFileTurnsDebugOn() throws Exception {
        Path file = config("logging { debug = true }\n");
        assertEquals(0, run("--config", file.toString(), "--plugins.dir", dir.resolve("none").toString(), "config"),
                err.toString());
        assertTrue(Logging.debugEnabled());
        assertTrue(org.slf4j.LoggerFactory.getLogger("any").isDebugEnabled());
    }

    @Test
    void debugStaysOffByDefaultAndWhenTheFileSaysFalse() throws Exception {
        assertEquals(0, run("--plugins.dir", dir.resolve("none").toString(), "config"), err.toString());
        assertFalse(Logging.debugEnabled());
        Path file = config("logging.debug = false\n");
        assertEquals(0, run("--config", file.toString(), "--plugins.dir", dir.resolve("none").toString(), "config"),
                err.toString());
        assertFalse(Logging.debugEnabled());
    }

    @Test
    void theCommandLineStillWinsOverTheFile() throws Exception {
        Path file = config("logging.debug = false\n");
        assertEquals(0, run("--config", file.toString(), "--plugins.dir", dir.resolve("none").toString(),
                "--logging.debug", "config"), err.toString());
        assertTrue(Logging.debugEnabled());
    }

    @Test
    void aValueThatIsNotABooleanIsAConfigError() throws Exception {
        Path file = config("logging {\n  debug = loud\n}\n");
        assertEquals(Main.EXIT_USAGE, run("--config", file.toString(), "config"));
        assertTrue(err.toString().contains("logging.debug") && err.toString().contains("'loud'")
                && err.toString().contains("application.conf:2"), err.toString());
        assertFalse(Logging.debugEnabled());
    }
}
