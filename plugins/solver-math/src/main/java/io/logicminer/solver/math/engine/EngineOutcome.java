package io.logicminer.solver.math.engine;

import java.util.Objects;

/**
 * What the engine made of one question: an answer with the (topic, subtopic) that produced it, or a decline with
 * the reason.
 *
 * @param answer the chosen answer, or null when declined
 * @param topic mathgenerator module of the chosen solver, or null when declined
 * @param subtopic mathgenerator function of the chosen solver, or null when declined
 * @param score the chosen solver's confidence plus the topic-line boost; 0 when declined
 * @param declineReason why no answer was given, or null when answered
 */
public record EngineOutcome(WorkedAnswer answer, String topic, String subtopic, double score, String declineReason) {

    public EngineOutcome {
        if ((answer == null) == (declineReason == null)) {
            throw new IllegalArgumentException("an outcome is either answered or declined with a reason");
        }
    }

    static EngineOutcome answered(WorkedAnswer answer, TopicSolver solver, double score) {
        return new EngineOutcome(Objects.requireNonNull(answer), solver.topic(), solver.subtopic(), score, null);
    }

    static EngineOutcome declined(String reason) {
        return new EngineOutcome(null, null, null, 0, reason);
    }

    public boolean isAnswered() {
        return answer != null;
    }
}
