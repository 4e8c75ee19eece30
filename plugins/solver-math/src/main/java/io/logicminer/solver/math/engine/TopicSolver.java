package io.logicminer.solver.math.engine;

import java.util.Optional;

/**
 * Recognises and solves one mathgenerator (topic, subtopic), e.g. ("algebra", "basic_algebra").
 *
 * <p>Implementations are stateless and thread-safe. {@link #solve} returns empty when the text is not this
 * topic's problem or its parameters cannot be extracted unambiguously; it never guesses.
 */
public interface TopicSolver {

    /** mathgenerator module, e.g. {@code algebra}. */
    String topic();

    /** mathgenerator function, e.g. {@code basic_algebra}. */
    String subtopic();

    /**
     * Tries to recognise and solve the problem.
     *
     * @param problem the question, as received and in cleaned forms
     * @return the answer in the shape of mathgenerator's ground truth with a step-by-step explanation,
     *     or empty when this solver does not recognise the problem with confidence
     */
    Optional<WorkedAnswer> solve(ProblemText problem);
}
