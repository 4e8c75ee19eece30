package io.logicminer.evaluation.judge;

/** Rates an answer against the ground truth the way LogicNet's validator does: 1, 0, or 0.3 when unclear. */
public interface CorrectnessJudge {

    /** How the rating is made, for the report: e.g. "LLM judge (validator prompt) qwen" or "equivalence test". */
    String method();

    /**
     * @param rawQuestion the unparaphrased question
     * @param groundTruth the expected answer
     * @param answer the miner's answer
     * @return 1 correct, 0 incorrect, 0.3 unclear
     */
    double rate(String rawQuestion, String groundTruth, String answer);
}
