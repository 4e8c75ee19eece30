package io.logicminer.spi.solver;

import io.logicminer.spi.Challenge;
import io.logicminer.spi.Solution;

/**
 * Answers challenges: one configured instance ({@code solvers.<name>}) of a {@link SolverType}.
 *
 * <p>Contract: thread-safe; return before {@link Challenge#deadline()} (with a partial or timed-out solution if
 * need be); report trouble as a {@link Solution} with a status and an error rather than by throwing; decline
 * ({@link Solution#declined}) instead of guessing when not confident. The host interrupts the calling thread at the
 * deadline; a solver that sees {@link InterruptedException} should let it propagate. A solver that scans long text
 * (regexes) should read it through {@link io.logicminer.spi.text.InterruptibleCharSequence} so that interrupt or
 * deadline actually stops the scan.
 *
 * <p>Where a solve runs depends on {@link #cpuBound()}: CPU-bound solvers on the host's bounded pool of platform
 * threads, I/O-bound ones (the default) on virtual threads.
 */
public interface Solver {

    /** The instance name from config. */
    String name();

    /**
     * True when solving mostly burns CPU (an exact engine, regexes, arithmetic); false (the default) when it mostly
     * waits on I/O (a chat model over HTTP).
     *
     * <p>The host runs a CPU-bound solver on its bounded pool of platform threads, one per core by default
     * ({@code miner.cpu_workers}), with a bounded queue ({@code miner.cpu_queue}) in front: a runaway solve then holds
     * one worker until it really stops, never more than the pool, and never the axon's own threads (a CPU-bound
     * virtual thread would pin its carrier). An I/O-bound solver runs on a virtual thread of its own, any number at
     * once, so many slow model calls cost no platform threads. A composite solver that runs a CPU-bound member on the
     * calling thread should answer true.
     */
    default boolean cpuBound() {
        return false;
    }

    /** Solves one challenge. */
    Solution solve(Challenge challenge) throws InterruptedException;
}
