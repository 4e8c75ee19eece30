package io.logicminer.spi;

import java.util.Objects;

/**
 * A solver's reply to a {@link Challenge}. Errors are values here: a failed or declined attempt is a solution whose
 * {@link #status()} says so and whose {@link #error()} says why, never an exception across the plugin boundary.
 *
 * @param reasoning step-by-step reasoning (the validator scores its similarity to its own); empty when none
 * @param answer    the short final answer; empty unless {@link #status()} is {@link SolutionStatus#ANSWERED}
 * @param solver    name of the solver instance that produced it (as configured, e.g. {@code "direct"})
 * @param status    how the attempt ended
 * @param error     human-readable reason for a non-answer; null when answered
 * @param timings   where the time went
 */
public record Solution(String reasoning, String answer, String solver, SolutionStatus status, String error,
                       Timings timings) {

    public Solution {
        reasoning = reasoning == null ? "" : reasoning;
        answer = answer == null ? "" : answer;
        Objects.requireNonNull(solver, "solver");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(timings, "timings");
        if (status != SolutionStatus.ANSWERED && (error == null || error.isBlank())) {
            throw new IllegalArgumentException("a " + status + " solution must say why in error");
        }
    }

    /** A successful answer. */
    public static Solution answered(String solver, String reasoning, String answer) {
        return new Solution(reasoning, answer, solver, SolutionStatus.ANSWERED, null, Timings.NONE);
    }

    /** The solver declines: it could not answer with confidence. */
    public static Solution declined(String solver, String why) {
        return new Solution("", "", solver, SolutionStatus.DECLINED, why, Timings.NONE);
    }

    /** The solver failed. */
    public static Solution failed(String solver, String error) {
        return new Solution("", "", solver, SolutionStatus.FAILED, error, Timings.NONE);
    }

    /** The deadline passed; {@code partialReasoning} keeps whatever had arrived. */
    public static Solution timedOut(String solver, String partialReasoning, String error) {
        return new Solution(partialReasoning, "", solver, SolutionStatus.TIMED_OUT, error, Timings.NONE);
    }

    /** True when this holds an answer. */
    public boolean isAnswered() {
        return status == SolutionStatus.ANSWERED;
    }

    /** A copy with other timings. */
    public Solution withTimings(Timings newTimings) {
        return new Solution(reasoning, answer, solver, status, error, newTimings);
    }

    /** A copy attributed to another solver name (used by composite solvers that pass a member's answer on). */
    public Solution withSolver(String newSolver) {
        return new Solution(reasoning, answer, newSolver, status, error, timings);
    }
}
