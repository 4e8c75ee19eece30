package io.logicminer.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A solver's reply to a {@link Challenge}. Errors are values here: a failed or declined attempt is a solution whose
 * {@link #status()} says so and whose {@link #error()} says why, never an exception across the plugin boundary.
 *
 * @param reasoning step-by-step reasoning (the validator scores its similarity to its own); empty when none
 * @param answer    the short final answer; empty unless the status {@linkplain SolutionStatus#mayCarryAnswer() may
 *                  carry one} (answered, fallback, partial)
 * @param solver    name of the solver instance that produced it (as configured, e.g. {@code "direct"})
 * @param status    how the attempt ended
 * @param error     human-readable reason for anything but {@link SolutionStatus#ANSWERED}; null when answered
 * @param timings   where the time went
 * @param metadata  what the solver wants reported beside the answer (logs, {@code solve --out}, eval results), in
 *                  insertion order, e.g. an ensemble's {@code ensemble.confidence}; keys are dotted names starting
 *                  with the solver type; empty when there is nothing to report
 */
public record Solution(String reasoning, String answer, String solver, SolutionStatus status, String error,
                       Timings timings, Map<String, String> metadata) {

    public Solution {
        metadata = metadata == null || metadata.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        reasoning = reasoning == null ? "" : reasoning;
        answer = answer == null ? "" : answer;
        Objects.requireNonNull(solver, "solver");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(timings, "timings");
        if (status != SolutionStatus.ANSWERED && (error == null || error.isBlank())) {
            throw new IllegalArgumentException("a " + status + " solution must say why in error");
        }
        if (!status.mayCarryAnswer() && !answer.isEmpty()) {
            throw new IllegalArgumentException("a " + status + " solution carries no answer, got '" + answer + "'");
        }
    }

    /** A solution without metadata. */
    public Solution(String reasoning, String answer, String solver, SolutionStatus status, String error,
                    Timings timings) {
        this(reasoning, answer, solver, status, error, timings, Map.of());
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

    /**
     * The deadline passed and this is what the solver had: the partial reasoning and a best-effort answer.
     *
     * @param why what was cut and where the answer came from
     */
    public static Solution partial(String solver, String partialReasoning, String bestAnswer, String why) {
        return new Solution(partialReasoning, bestAnswer, solver, SolutionStatus.PARTIAL, why, Timings.NONE);
    }

    /** The solver ran to the end with nothing to answer; {@code reasoning} keeps any text it had. */
    public static Solution empty(String solver, String reasoning, String why) {
        return new Solution(reasoning, "", solver, SolutionStatus.EMPTY, why, Timings.NONE);
    }

    /** The chat model could not be used (endpoint down, HTTP error); {@code reasoning} keeps any text it had. */
    public static Solution llmError(String solver, String reasoning, String error) {
        return new Solution(reasoning, "", solver, SolutionStatus.LLM_ERROR, error, Timings.NONE);
    }

    /** True when this holds a complete answer ({@link SolutionStatus#isAnswer()}). */
    public boolean isAnswered() {
        return status.isAnswer();
    }

    /** A copy with another status and error (the host marks a fallback's answer {@link SolutionStatus#FALLBACK}). */
    public Solution withStatus(SolutionStatus newStatus, String newError) {
        return new Solution(reasoning, newStatus.mayCarryAnswer() ? answer : "", solver, newStatus, newError,
                timings, metadata);
    }

    /** A copy with other timings. */
    public Solution withTimings(Timings newTimings) {
        return new Solution(reasoning, answer, solver, status, error, newTimings, metadata);
    }

    /** A copy attributed to another solver name (used by composite solvers that pass a member's answer on). */
    public Solution withSolver(String newSolver) {
        return new Solution(reasoning, answer, newSolver, status, error, timings, metadata);
    }

    /** A copy with other metadata (replacing all of it). */
    public Solution withMetadata(Map<String, String> newMetadata) {
        return new Solution(reasoning, answer, solver, status, error, timings, newMetadata);
    }
}
