package io.logicminer.evaluation.profile;

/**
 * How one validator profile rates one answer's correctness.
 *
 * @param correctness the rating (1 right, 0 wrong, partial credit between, −1 for some penalties), or null when
 *     undecided: the release would ask its LLM judge and none is configured
 * @param method how it was decided: {@code exact}, {@code numeric}, {@code symbolic}, {@code judge},
 *     {@code judge error} (decided 0.5 by the 2025-05 ladder as its release does; undecided under the 2024-08
 *     ladder, whose release has no fallback), {@code scoring error} (undecided: rating failed), {@code penalty},
 *     {@code no reply}, or {@code undecided}
 * @param penalty the penalty applied, or null
 */
public record Verdict(Double correctness, String method, Penalty penalty) {

    /** A rating decided by a rule or the judge. */
    public static Verdict decided(double correctness, String method) {
        return new Verdict(correctness, method, null);
    }

    /** A penalty: its fixed correctness. */
    public static Verdict penalised(Penalty penalty) {
        return new Verdict(penalty.correctness(), "penalty", penalty);
    }

    /** Undecided without a judge. */
    public static Verdict undecided() {
        return new Verdict(null, "undecided", null);
    }

    /** Undecided because the judge call failed, where the release has no rating for a failure. */
    public static Verdict judgeFailed() {
        return new Verdict(null, "judge error", null);
    }

    public boolean isDecided() {
        return correctness != null;
    }
}
