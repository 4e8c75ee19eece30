package io.logicminer.solver.math.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a tutor-style explanation one sentence or step at a time and ends it with the final answer.
 * Solvers write the reasoning a careful teacher would: what is asked, the method, each computation, the result.
 */
public final class Steps {

    private final List<String> lines = new ArrayList<>();

    private Steps(String opening) {
        lines.add(opening);
    }

    /** Starts with a sentence that restates the task. */
    public static Steps start(String opening) {
        return new Steps(opening);
    }

    /** Adds one step. */
    public Steps then(String step) {
        lines.add(step);
        return this;
    }

    /** Finishes with the answer and wraps it as a {@link WorkedAnswer}. */
    public WorkedAnswer answer(String answer, double confidence) {
        List<String> all = new ArrayList<>(lines);
        all.add("Final answer: " + answer);
        return new WorkedAnswer(answer, String.join("\n", all), confidence);
    }
}
