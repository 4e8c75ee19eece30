package io.logicminer.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Guice;
import com.typesafe.config.ConfigFactory;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Initialises, on background threads, the libraries whose one-time set-up costs most of a command's start-up, while
 * the main thread builds picocli's command model and parses the command line: logback (it parses
 * conf/logback.xml), Jackson's ObjectMapper (date formats, locale data), Typesafe Config's parser, the Ristretto
 * basepoint table of the sr25519 code and the JDK's HMAC-SHA512 provider (the wallet's key derivation), Guice's core
 * classes, and Jetty's media-type tables. Each is
 * a plain class initialisation, so the main thread, when it gets there first, waits on the class's
 * initialisation lock and does the work itself; nothing here changes what any of them does.
 *
 * <p>Logging is the one that must be complete before the command runs: a logger asked for while SLF4J is still
 * initialising on another thread is a stand-in, so {@link #awaitLogging()} is called before anything logs.
 */
final class StartupWarmup {

    /** The curve library's constants, whose initialisation builds the basepoint table that signing uses. */
    static final String CURVE_CONSTANTS = "cafe.cryptography.curve25519.Constants";

    /** Jetty's media-type tables, read from resources when the first {@code Server} is built. */
    static final String JETTY_MIME_TYPES = "org.eclipse.jetty.http.MimeTypes";

    private static CompletableFuture<Void> logging;

    private StartupWarmup() {
    }

    /** Starts the background initialisation once per JVM; later calls do nothing. */
    static synchronized void begin() {
        if (logging != null) {
            return;
        }
        CompletableFuture<Void> loggingReady = new CompletableFuture<>();
        logging = loggingReady;
        daemon(() -> {
            try {
                LoggerFactory.getILoggerFactory();
                loggingReady.complete(null);
            } catch (RuntimeException | Error e) {
                loggingReady.completeExceptionally(e);
            }
            // needed last, when the axon's Jetty server is built: its media-type tables (read from resources)
            initialise(JETTY_MIME_TYPES);
        });
        daemon(() -> {
            try {
                new ObjectMapper().readTree("{\"warm\": [1, 2.5, \"up\"]}");
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Jackson rejected a constant document", e);
            }
            ConfigFactory.parseString("warm { up = [1, 2s, \"three\"] }").resolve();
            initialise(CURVE_CONSTANTS);
            try {
                Mac.getInstance("HmacSHA512");
            } catch (NoSuchAlgorithmException e) {
                // the key derivation reports it when it needs the algorithm
            }
            Guice.createInjector();
        });
    }

    /** Waits until SLF4J is initialised (at once when {@link #begin()} never ran: the caller initialises it). */
    static void awaitLogging() {
        CompletableFuture<Void> pending;
        synchronized (StartupWarmup.class) {
            pending = logging;
        }
        if (pending == null) {
            return;
        }
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // logback reports its own configuration errors; the main thread's first logger sees the same state
        }
    }

    static boolean initialise(String className) {
        try {
            Class.forName(className, true, StartupWarmup.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "logicminer-startup-warmup");
        thread.setDaemon(true);
        thread.start();
    }
}
