package io.logicminer.solver.ensemble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ballots whose answers the category deems equivalent. The first ballot's answer is the anchor new answers are
 * compared with (equivalence need not be transitive; anchoring keeps a cluster from drifting).
 */
final class AnswerCluster {

    private final List<Ballot> ballots = new ArrayList<>();
    private double weight;

    AnswerCluster(Ballot first) {
        add(first);
    }

    void add(Ballot ballot) {
        ballots.add(ballot);
        // Summed in member order, not arrival order: the same ballots always weigh exactly the same.
        weight = ballots.stream().sorted(Comparator.comparingLong(Ballot::order)).mapToDouble(Ballot::weight).sum();
    }

    /** The anchor answer. */
    String anchor() {
        return ballots.get(0).answer().orElseThrow();
    }

    List<Ballot> ballots() {
        return List.copyOf(ballots);
    }

    double weight() {
        return weight;
    }

    /**
     * The weight rounded to {@value VoteTally#WEIGHT_TOLERANCE}: what the ranking compares, so that sums equal but for
     * rounding (0.1 + 0.2 + 0.3 against 4 x 0.15) tie and go to the tie rules.
     */
    long rankedWeight() {
        return Math.round(weight / VoteTally.WEIGHT_TOLERANCE);
    }

    int size() {
        return ballots.size();
    }

    /** The heaviest single vote in the cluster. */
    double heaviestVote() {
        return ballots.stream().mapToDouble(Ballot::weight).max().orElse(0);
    }

    /** The earliest ballot in member order. */
    long firstOrder() {
        return ballots.stream().mapToLong(Ballot::order).min().orElse(Long.MAX_VALUE);
    }

    /**
     * The answer the ensemble returns for this cluster: the heaviest voter's (a weighted exact engine words its
     * answer in the ground truth's shape), the earliest in member order among equals.
     */
    String answer() {
        return ballots.stream()
                .max(Comparator.comparingDouble(Ballot::weight).thenComparing(Ballot::order, Comparator.reverseOrder()))
                .flatMap(Ballot::answer).orElseThrow();
    }
}
