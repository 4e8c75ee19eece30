package io.logicminer.solver.hybrid;

import java.util.Optional;

/**
 * What the chat model's reasoning call came to by the time the hybrid stopped waiting for it.
 *
 * @param text    the model's reasoning when it is usable (not blank); empty otherwise
 * @param outcome one short phrase for logs: {@code "in time"}, {@code "cut short (deadline)"}, {@code "late"},
 *                {@code "failed: HTTP 500 ..."}, {@code "empty"}
 */
record ModelReasoning(Optional<String> text, String outcome) {

    static ModelReasoning usable(String text, String outcome) {
        return new ModelReasoning(Optional.of(text), outcome);
    }

    static ModelReasoning unusable(String outcome) {
        return new ModelReasoning(Optional.empty(), outcome);
    }
}
