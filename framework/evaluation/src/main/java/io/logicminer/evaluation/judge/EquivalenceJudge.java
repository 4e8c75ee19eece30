package io.logicminer.evaluation.judge;

import java.util.function.BiPredicate;

/** Correctness by the category's equivalence test: 1 when equivalent, else 0. No LLM needed. */
public final class EquivalenceJudge implements CorrectnessJudge {

    private final BiPredicate<String, String> equivalent;

    /** @param equivalent (answer, ground truth) → equivalent, e.g. the Logic category's {@code equivalent} */
    public EquivalenceJudge(BiPredicate<String, String> equivalent) {
        this.equivalent = equivalent;
    }

    @Override
    public String method() {
        return "equivalence test (no judge LLM configured)";
    }

    @Override
    public double rate(String rawQuestion, String groundTruth, String answer) {
        return answer != null && !answer.isBlank() && equivalent.test(answer, groundTruth) ? 1 : 0;
    }
}
