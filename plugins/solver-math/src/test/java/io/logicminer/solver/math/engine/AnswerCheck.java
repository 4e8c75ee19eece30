package io.logicminer.solver.math.engine;

/** Decides whether an answer matches the ground truth. */
@FunctionalInterface
interface AnswerCheck {

    boolean matches(String answer, String groundTruth);

    /** Strict: equal after removing {@code $} and folding whitespace runs to one space. */
    AnswerCheck STRICT = (answer, truth) -> normalise(answer).equals(normalise(truth));

    private static String normalise(String s) {
        return s.replace("$", "").replaceAll("\\s+", " ").strip();
    }
}
