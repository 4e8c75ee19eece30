package io.logicminer.evaluation.run;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One scored challenge.
 *
 * @param challenge the challenge
 * @param answer the miner's answer
 * @param correctness the headline profile's correctness (1 right, 0 wrong, partial credit, −1 penalties)
 * @param similarity cosine similarity to the reference reasoning, or null when not measured
 * @param latency measured latency
 * @param reward the headline profile's reward; without the similarity term when {@code similarity} is null
 * @param equivalent the category's equivalence test, shown beside undecided verdicts
 * @param headline the headline profile's name
 * @param scores every profile's score, in profile order
 */
public record EvalResult(EvalChallenge challenge, AnswerResult answer, double correctness, Double similarity,
                         Duration latency, double reward, boolean equivalent, String headline,
                         Map<String, ProfileScore> scores) {

    /** Every profile's reward, in profile order. */
    public Map<String, Double> rewards() {
        Map<String, Double> rewards = new LinkedHashMap<>();
        scores.forEach((name, s) -> rewards.put(name, s.reward()));
        return rewards;
    }

    /** The headline profile's score. */
    public ProfileScore headlineScore() {
        return scores.get(headline);
    }
}
