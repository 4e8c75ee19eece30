package io.logicminer.evaluation.profile;

/** How a release rates an answer's correctness: the steps it tries, in order. */
public interface CorrectnessLadder {

    /**
     * @param rawQuestion the unparaphrased question (what the judge sees)
     * @param groundTruth the expected answer
     * @param answer the miner's {@code logic_answer}
     * @param penalties the profile's penalties
     * @param judge the run's judge and cheat words
     */
    Verdict rate(String rawQuestion, String groundTruth, String answer, PenaltyRules penalties, JudgeSetup judge);

    /** The steps, for reports. */
    String describe();
}
