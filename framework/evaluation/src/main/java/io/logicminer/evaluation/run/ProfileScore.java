package io.logicminer.evaluation.run;

import io.logicminer.evaluation.profile.Verdict;

/**
 * One reply scored by one validator profile.
 *
 * @param profile the profile's name
 * @param reward the reward
 * @param correctness the correctness the reward used: the verdict's, or for an undecided answer the category's
 *     equivalence test as a stand-in (1 or 0)
 * @param verdict how the profile rated the answer
 */
public record ProfileScore(String profile, double reward, double correctness, Verdict verdict) {
}
