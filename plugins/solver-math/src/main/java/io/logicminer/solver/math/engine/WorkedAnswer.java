package io.logicminer.solver.math.engine;

import java.util.Objects;

/**
 * An exact answer with its explanation.
 *
 * @param answer the final answer, shaped like mathgenerator's ground truth for the topic (without {@code $})
 * @param reasoning a step-by-step explanation in natural language, as a tutor would write it
 * @param confidence how sure the recogniser is that the problem is this topic's, in (0, 1]; the engine
 *     prefers the highest and declines when two different answers tie
 */
public record WorkedAnswer(String answer, String reasoning, double confidence) {
    public WorkedAnswer {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(reasoning, "reasoning");
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1], was " + confidence);
        }
    }
}
