package io.logicminer.spi.category;

import java.util.Objects;

/**
 * What the miner sends back for a challenge: the two text fields of the reply, after the {@link Category} has
 * {@linkplain Category#finalise finalised} a solver's solution. Unlike a {@link io.logicminer.spi.Solution} it has no
 * status: a timed-out solve still leaves the miner as some reasoning and some answer.
 *
 * @param reasoning the step-by-step text (LogicNet's {@code logic_reasoning}); never null
 * @param answer    the short final answer (LogicNet's {@code logic_answer}); never null
 */
public record Reply(String reasoning, String answer) {

    public Reply {
        Objects.requireNonNull(reasoning, "reasoning");
        Objects.requireNonNull(answer, "answer");
    }
}
