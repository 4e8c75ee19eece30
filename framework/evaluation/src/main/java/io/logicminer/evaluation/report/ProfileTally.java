package io.logicminer.evaluation.report;

import java.util.Map;

/**
 * One validator profile's figures over a run.
 *
 * @param release the LogicNet release it copies
 * @param meanReward mean reward (without the similarity term when it is not measured)
 * @param volumeFactor the multiplier the configured epoch_volume earns
 * @param decided answers the profile rated by its rules or its judge
 * @param undecided answers that need a judge none is configured for (their reward uses the equivalence stand-in)
 * @param undecidedEquivalent of the undecided, how many the category's equivalence test accepts
 * @param noReply replies that never arrived (reward 0)
 * @param methods decided answers by method (exact, numeric, symbolic, judge, judge error, penalty)
 * @param penalties penalties by kind
 */
public record ProfileTally(String release, double meanReward, double volumeFactor, int decided, int undecided,
                           int undecidedEquivalent, int noReply, Map<String, Integer> methods,
                           Map<String, Integer> penalties) {
}
