package io.logicminer.spi.solver;

import io.logicminer.spi.Challenge;
import io.logicminer.spi.Solution;

/**
 * Answers challenges: one configured instance ({@code solvers.<name>}) of a {@link SolverType}.
 *
 * <p>Contract: thread-safe; return before {@link Challenge#deadline()} (with a partial or timed-out solution if
 * need be); report trouble as a {@link Solution} with a status and an error rather than by throwing; decline
 * ({@link Solution#declined}) instead of guessing when not confident. The host interrupts the calling thread at the
 * deadline; a solver that sees {@link InterruptedException} should let it propagate.
 */
public interface Solver {

    /** The instance name from config. */
    String name();

    /** Solves one challenge. */
    Solution solve(Challenge challenge) throws InterruptedException;
}
