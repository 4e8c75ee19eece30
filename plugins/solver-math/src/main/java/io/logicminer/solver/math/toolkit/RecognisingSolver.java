package io.logicminer.solver.math.toolkit;

import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.engine.TopicSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;

import java.util.Optional;

/**
 * Base of every topic solver: fixes the (topic, subtopic) pair, refuses a text longer than any math problem
 * ({@link ProblemText#MAX_CHARS}) before a pattern runs on it, prepares the question once ({@link QuestionText}),
 * and turns an arithmetic surprise on odd input into silence rather than an exception.
 *
 * <p>A text scan that is interrupted or runs past its deadline ({@link io.logicminer.spi.text.TextScanAbortedException})
 * is not silenced: it propagates, so a cancelled solve stops instead of going on to the next pattern.
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
        if (!QuestionText.withinLimit(problem)) {
            return Optional.empty();
        }
        try {
            return recognise(QuestionText.of(problem));
        } catch (ArithmeticException | IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /**
     * Recognises and solves the prepared question, or returns empty when it is not this subtopic's problem or its
     * parameters are unclear.
     */
    protected abstract Optional<WorkedAnswer> recognise(QuestionText q);
}
