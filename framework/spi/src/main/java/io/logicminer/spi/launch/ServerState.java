package io.logicminer.spi.launch;

/** Where a {@link SupervisedServer} is in its life. */
public enum ServerState {
    /** The process runs; /health or the served model is not there yet. */
    STARTING,
    /** /health answers 200 and /v1/models lists the served model. */
    READY,
    /** The process exited (or its engine died) and the supervisor waits before starting it again. */
    BACKING_OFF,
    /** Too many crashes in a row: the supervisor gave up (the crash-loop limit). */
    FAILED,
    /** Shutting down: SIGTERM sent, SIGKILL after the grace period. */
    STOPPING,
    /** Stopped on request. */
    STOPPED;

    /** Whether the supervisor will not start the process again. */
    public boolean terminal() {
        return this == FAILED || this == STOPPED;
    }
}
