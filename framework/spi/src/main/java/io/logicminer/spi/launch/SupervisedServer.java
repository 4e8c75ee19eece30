package io.logicminer.spi.launch;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A server process started by a {@link LaunchBackend} and kept alive: restarted with exponential backoff when it
 * crashes or its engine dies, given up after the crash-loop limit, stopped with SIGTERM then SIGKILL on
 * {@link #close()}. Every method is thread-safe; the getters are cheap enough for metric callbacks.
 */
public interface SupervisedServer extends AutoCloseable {

    /** The plan it runs. */
    LaunchPlan plan();

    /** The current state. */
    ServerState state();

    /** Restarts so far (after crashes or a dead engine); the first start is not one. */
    int restarts();

    /** The time the last start took from spawning the process to ready; empty until it first became ready. */
    Optional<Duration> lastReadyAfter();

    /** The process id of the running server; empty between runs. */
    OptionalLong pid();

    /** The waits before each restart so far, in order (the backoff sequence). */
    List<Duration> backoffs();

    /** Why the last run ended or failed (exit code, timeout, dead engine); empty while none has. */
    Optional<String> lastFailure();

    /**
     * Waits until the server is ready.
     *
     * @return true when ready; false when {@code timeout} passed or the supervisor gave up ({@link #state()} says
     *         which)
     */
    boolean awaitReady(Duration timeout) throws InterruptedException;

    /** Waits until the supervisor reached {@code state}; false when {@code timeout} passed first. */
    boolean awaitState(ServerState state, Duration timeout) throws InterruptedException;

    /** Stops the server: SIGTERM to it and its children, SIGKILL after the grace period; returns when it is gone. */
    @Override
    void close();
}
