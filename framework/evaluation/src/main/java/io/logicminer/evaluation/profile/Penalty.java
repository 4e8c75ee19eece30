package io.logicminer.evaluation.profile;

/**
 * The penalties of the 2025-05 release's LLM path (rewarder.py {@code _get_correctness_by_llm}), each with the
 * correctness it sets. They apply only to answers the numeric comparison left undecided.
 */
public enum Penalty {

    /** The answer is just {@code ;}: correctness 0. */
    SEMICOLON("semicolon", 0),
    /** The lower-cased answer holds a word of the task server's cheat list: −1. */
    CHEAT_WORD("cheat_word", -1),
    /** The answer holds a {@code {{ answer }}} template: −1. */
    TEMPLATE("template", -1),
    /** The judge's trick detector says "yes": −1 (needs a judge). */
    TRICK("trick", -1),
    /** An answer of 20 words or more from which the judge extracts no answer ("not_found"): 0 (needs a judge). */
    NO_ANSWER_FOUND("no_answer_found", 0);

    private final String label;
    private final double correctness;

    Penalty(String label, double correctness) {
        this.label = label;
        this.correctness = correctness;
    }

    /** The name in results and summaries. */
    public String label() {
        return label;
    }

    /** The correctness the penalty sets. */
    public double correctness() {
        return correctness;
    }

    @Override
    public String toString() {
        return label;
    }
}
