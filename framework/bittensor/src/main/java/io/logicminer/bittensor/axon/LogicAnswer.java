package io.logicminer.bittensor.axon;

/**
 * What the miner sends back in {@code logic_reasoning} and {@code logic_answer}.
 *
 * @param reasoning step-by-step reasoning (may be empty)
 * @param answer    the short final answer (may be empty)
 */
public record LogicAnswer(String reasoning, String answer) {

    /** Nothing: used when the handler failed or overran its budget. */
    public static final LogicAnswer EMPTY = new LogicAnswer("", "");

    public LogicAnswer {
        reasoning = reasoning == null ? "" : reasoning;
        answer = answer == null ? "" : answer;
    }
}
