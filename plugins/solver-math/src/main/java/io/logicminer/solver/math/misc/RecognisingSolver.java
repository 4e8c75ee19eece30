package io.logicminer.solver.math.misc;

import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.engine.TopicSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;

import java.util.Optional;

/**
 * Base of the geometry, misc and statistics solvers: fixes the (topic, subtopic) pair, prepares the question
 * once ({@link QuestionText}) and turns any arithmetic surprise on odd input into silence rather than an
 * exception.
 */
public abstract class RecognisingSolver implements TopicSolver {

    private final String topic;
    private final String subtopic;

    protected RecognisingSolver(String topic, String subtopic) {
        this.topic = topic;
        this.subtopic = subtopic;
    }

    @Override
    public final String topic() {
        return topic;
    }

    @Override
    public final String subtopic() {
        return subtopic;
    }

    @Override
    public final Optional<WorkedAnswer> solve(ProblemText problem) {
        QuestionText q = QuestionText.of(problem);
        try {
            return solve(q, q.confidence(subtopic));
        } catch (ArithmeticException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /**
     * Recognises and solves the prepared question.
     *
     * @param q the question without its topic line
     * @param confidence the confidence to report when recognised (already reflects the topic line)
     */
    protected abstract Optional<WorkedAnswer> solve(QuestionText q, double confidence);
}
