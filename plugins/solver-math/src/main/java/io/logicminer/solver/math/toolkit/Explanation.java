package io.logicminer.solver.math.toolkit;

import io.logicminer.solver.math.engine.WorkedAnswer;

import java.util.Optional;

/**
 * Builds the tutor-style explanation of a worked answer: a sentence that restates the task, one numbered step per
 * computation, and the final answer line. Every topic solver writes its reasoning with it.
 */
public final class Explanation {

    private final StringBuilder text = new StringBuilder();
    private int step;

    private Explanation(String opening) {
        text.append(opening);
    }

    /** Starts with a sentence that restates the problem. */
    public static Explanation start(String opening) {
        return new Explanation(opening);
    }

    /** Adds a numbered step. */
    public Explanation step(String sentence) {
        step++;
        text.append("\nStep ").append(step).append(": ").append(sentence);
        return this;
    }

    /** Finishes with the final answer line. */
    public Optional<WorkedAnswer> answer(String answer, double confidence) {
        text.append("\nFinal answer: ").append(answer);
        return Optional.of(new WorkedAnswer(answer, text.toString(), confidence));
    }
}
