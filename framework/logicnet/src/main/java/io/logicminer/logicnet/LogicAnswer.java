package io.logicminer.logicnet;

import java.util.Objects;

/**
 * What the miner sends back in {@code logic_reasoning} and {@code logic_answer}, and how the solve went.
 *
 * @param reasoning step-by-step reasoning (may be empty)
 * @param answer    the short final answer (may be empty)
 * @param outcome   label for the axon's metrics: {@code answered}, {@code partial}, {@code fallback}, {@code
 *                  declined}, {@code empty}, {@code timed_out}, {@code llm_error}... (a small fixed set)
 */
public record LogicAnswer(String reasoning, String answer, String outcome) {

    /** Nothing: used when the handler failed or overran its budget. */
    public static final LogicAnswer EMPTY = new LogicAnswer("", "", "empty");

    public LogicAnswer {
        reasoning = reasoning == null ? "" : reasoning;
        answer = answer == null ? "" : answer;
        Objects.requireNonNull(outcome, "outcome");
    }

    /** An answer: outcome {@code answered}, or {@code empty} when both parts are empty. */
    public LogicAnswer(String reasoning, String answer) {
        this(reasoning, answer, (reasoning == null || reasoning.isEmpty()) && (answer == null || answer.isEmpty())
            ? "empty" : "answered");
    }
}
