package io.logicminer.spi;

/**
 * How a solve ended. Each outcome is told apart so logs and metrics ({@code logicminer_solve_total{outcome}}) can
 * separate real answers from best-effort ones and from the different kinds of trouble.
 */
public enum SolutionStatus {
    /** The solver produced a complete answer (it may still be wrong). */
    ANSWERED,
    /**
     * The solver could not finish (cut at its deadline, its model's stream broke off, a later step failed) and returns
     * what it had: the partial reasoning and a best-effort answer (e.g. the last "final answer" seen in the text, or
     * the category's extraction on the partial text). {@link Solution#error()} says what was cut and where the answer
     * came from.
     */
    PARTIAL,
    /**
     * Answered by the pipeline's fallback solver after the primary did not answer; set by the host, never by a
     * solver. {@link Solution#solver()} names the fallback and {@link Solution#error()} says why the primary did
     * not answer.
     */
    FALLBACK,
    /**
     * The solver recognised that it cannot answer this question with confidence and did not guess. The host treats a
     * decline like a failure for fallback purposes but counts it separately.
     */
    DECLINED,
    /** The solver ran to the end but had no answer to give (e.g. the model returned empty text). */
    EMPTY,
    /** The deadline passed before the solver had anything usable. The solution may hold a partial reasoning. */
    TIMED_OUT,
    /**
     * The chat model behind the solver could not be used: endpoint down (connection refused, reset) or an HTTP error
     * status. {@link Solution#error()} names the endpoint and the problem.
     */
    LLM_ERROR,
    /** The solver failed for another reason: malformed output, a bug, an exception. {@link Solution#error()} says why. */
    FAILED;

    /** True for a complete answer: {@link #ANSWERED} or {@link #FALLBACK}. */
    public boolean isAnswer() {
        return this == ANSWERED || this == FALLBACK;
    }

    /** True when a solution with this status may carry answer text: a complete answer or {@link #PARTIAL}. */
    public boolean mayCarryAnswer() {
        return isAnswer() || this == PARTIAL;
    }

    /** The lower-case label used in logs and metrics, e.g. {@code timed_out}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
