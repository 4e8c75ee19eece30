package io.logicminer.spi;

/** How a solver's attempt ended. */
public enum SolutionStatus {
    /** The solver produced an answer (it may still be wrong). */
    ANSWERED,
    /**
     * The solver recognised that it cannot answer this question with confidence and did not guess. The host treats a
     * decline like a failure for fallback purposes but counts it separately.
     */
    DECLINED,
    /** The solver failed: backend down, malformed output, an exception. {@link Solution#error()} says why. */
    FAILED,
    /** The deadline passed before the solver finished. The solution may hold a partial reasoning. */
    TIMED_OUT;

    /** True only for {@link #ANSWERED}. */
    public boolean isAnswer() {
        return this == ANSWERED;
    }
}
