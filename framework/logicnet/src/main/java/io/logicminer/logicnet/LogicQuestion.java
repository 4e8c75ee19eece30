package io.logicminer.logicnet;

import java.util.Objects;

/**
 * The parts of a {@code LogicSynapse} a solver needs.
 *
 * @param question the question exactly as received
 * @param category the category the validator named (e.g. {@code Logic}; may be empty)
 * @param timeout  seconds the validator allows in total
 * @param taskUid  the validator's task id (may be empty); a good request id
 */
public record LogicQuestion(String question, String category, double timeout, String taskUid) {

    public LogicQuestion {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(taskUid, "taskUid");
    }
}
