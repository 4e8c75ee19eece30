package io.logicminer.solver.openai;

/** How the {@code direct} solver talks to its model. */
public enum DirectMode {
    /** The reference miner: one call for the reasoning, a second for the short final answer. */
    TWO_CALL,
    /** One call asking for reasoning and a final-answer line; the category extracts the answer. */
    SINGLE_CALL
}
