package io.logicminer.app.launch;

import io.logicminer.spi.launch.ServerState;
import io.logicminer.spi.launch.SupervisedServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A server started by this process: the backend's {@link SupervisedServer}, its metrics, and its state file (kept up
 * to date once a second, so {@code gpu status} sees restarts), plus a shutdown hook so that the server never outlives
 * this process. {@link #close()} stops the server, removes the metrics and the state file.
 */
public final class LaunchedServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LaunchedServer.class);

    private final SupervisedServer server;
    private final LaunchMetrics metrics;
    private final Path stateDirectory;
    private final String owner;
    private final Path logFile;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread stateWriter;
    private final Thread shutdownHook;
    private volatile boolean closing;

    LaunchedServer(SupervisedServer server, LaunchMetrics metrics, Path stateDirectory, String owner, Path logFile) {
        this.server = server;
        this.metrics = metrics;
        this.stateDirectory = stateDirectory;
        this.owner = owner;
        this.logFile = logFile;
        writeState();
        this.stateWriter = Thread.ofPlatform().daemon().name("launch-state-" + server.plan().profileName())
                .start(this::keepStateWritten);
        this.shutdownHook = new Thread(server::close, "launch-shutdown-" + server.plan().profileName());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public SupervisedServer server() {
        return server;
    }

    /** The server's log file. */
    public Path logFile() {
        return logFile;
    }

    /**
     * Waits until the server is ready, the supervisor gave up, or {@code stop} is counted down.
     *
     * @return the state it ended in ({@link ServerState#READY}, {@link ServerState#FAILED}, or the state when stopped)
     */
    public ServerState awaitReady(CountDownLatch stop) throws InterruptedException {
        while (stop.getCount() > 0) {
            if (server.awaitReady(Duration.ofMillis(250)) || server.state().terminal()) {
                break;
            }
        }
        writeState(); // now, not at the next second: whoever waited may look at the file at once
        return server.state();
    }

    private void keepStateWritten() {
        String last = "";
        try {
            while (!closed.await(1, TimeUnit.SECONDS)) {
                String now = server.state() + "/" + server.restarts() + "/" + server.pid();
                if (!now.equals(last)) {
                    last = now;
                    writeState();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void writeState() {
        if (closing) {
            return;
        }
        var plan = server.plan();
        try {
            new LaunchStateFile(plan.profileName(), owner, ProcessHandle.current().pid(),
                    LaunchStateFile.currentProcessStart(), server.pid().orElse(0), server.state().name(),
                    server.restarts(), plan.baseUrl(), plan.servedModelName(), logFile.toString(),
                    plan.commandLine(true), Instant.now().toString()).write(stateDirectory);
        } catch (IOException e) {
            LOG.warn("cannot write the launch state file in {}: {}", stateDirectory, e.getMessage());
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closing = true;
        }
        closed.countDown();
        server.close();
        metrics.close();
        try {
            // Only our own: another process may have taken the profile over since (a new `gpu up` after a crash).
            LaunchStateFile.deleteIfSupervisedBy(stateDirectory, server.plan().profileName(),
                    ProcessHandle.current().pid());
        } catch (IOException e) {
            LOG.warn("cannot remove the launch state file: {}", e.getMessage());
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway; closing twice is harmless
        }
    }
}
