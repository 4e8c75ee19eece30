package io.logicminer.solver.math.engine;

import io.logicminer.category.logic.AnswerEquivalence;

/** Decides whether an answer matches the ground truth. */
@FunctionalInterface
interface AnswerCheck {

    boolean matches(String answer, String groundTruth);

    /** Strict: equal after removing {@code $} and folding whitespace runs to one space. */
    AnswerCheck STRICT = (answer, truth) -> normalise(answer).equals(normalise(truth));

    /** The Logic category's equivalence test, the one ensembles and the evaluator use. */
    AnswerCheck EQUIVALENT = AnswerEquivalence::same;

    private static String normalise(String s) {
        return s.replace("$", "").replaceAll("\\s+", " ").strip();
    }
}
