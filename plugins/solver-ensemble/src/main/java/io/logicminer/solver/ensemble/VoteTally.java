package io.logicminer.solver.ensemble;

import io.logicminer.spi.category.Category;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The weighted majority vote over ballots, clustered with the category's equivalence.
 *
 * <p>The winner is the cluster with the largest total weight (weights within {@value #WEIGHT_TOLERANCE} of each other,
 * after rounding to that grid, are equal: a sum's last bits depend on the order of its terms). <b>Ties</b> are broken, in turn, by the larger number
 * of ballots, then by the heaviest single vote (an exact engine at weight 3 beats three samples at weight 1 only
 * through its weight, but among equal weights it wins the tie), then by the earliest ballot in member order (the
 * member listed first, then its lowest sample index); so the result never depends on which reply arrived first.
 *
 * <p>Not thread-safe: the ensemble's coordinating thread alone adds ballots.
 */
final class VoteTally {

    /** Weights closer than this are equal for the vote (sums of decimal weights differ in their last bits). */
    static final double WEIGHT_TOLERANCE = 1e-9;

    static final Comparator<AnswerCluster> RANKING = Comparator.comparingLong(AnswerCluster::rankedWeight)
            .thenComparingInt(AnswerCluster::size)
            .thenComparingDouble(AnswerCluster::heaviestVote)
            .thenComparing(AnswerCluster::firstOrder, Comparator.reverseOrder())
            .reversed();

    private final Category category;
    private final List<AnswerCluster> clusters = new ArrayList<>();

    VoteTally(Category category) {
        this.category = category;
    }

    /** Adds a ballot that {@linkplain Ballot#counts() counts} to the cluster of an equivalent answer, or a new one. */
    void add(Ballot ballot) {
        String answer = ballot.answer().orElseThrow(() -> new IllegalArgumentException("a ballot without answer"));
        for (AnswerCluster cluster : clusters) {
            if (category.equivalent(answer, cluster.anchor())) {
                cluster.add(ballot);
                return;
            }
        }
        clusters.add(new AnswerCluster(ballot));
    }

    /** Clusters best first, by {@link #RANKING}. */
    List<AnswerCluster> ranked() {
        return clusters.stream().sorted(RANKING).toList();
    }

    Optional<AnswerCluster> winner() {
        return clusters.stream().min(RANKING);
    }

    /** Total weight of the ballots counted. */
    double totalWeight() {
        return clusters.stream().mapToDouble(AnswerCluster::weight).sum();
    }

    /**
     * True when ballots still to come, weighing {@code pendingWeight} in all, cannot change the winner: the leader
     * is heavier than the runner-up even if every pending ballot joins the runner-up (or a new cluster). Equality is
     * not enough: the pending ballots could then tie, and the tie rule might favour the challenger.
     */
    boolean decided(double pendingWeight) {
        List<AnswerCluster> ranked = ranked();
        if (ranked.isEmpty()) {
            return false;
        }
        double runnerUp = ranked.size() > 1 ? ranked.get(1).weight() : 0;
        return ranked.get(0).weight() > runnerUp + pendingWeight + WEIGHT_TOLERANCE;
    }

    /** {@code 7: 3 | 8: 2}: each cluster's answer and weight, best first. */
    String describe() {
        StringBuilder out = new StringBuilder();
        for (AnswerCluster cluster : ranked()) {
            if (!out.isEmpty()) {
                out.append(" | ");
            }
            out.append(cluster.answer()).append(": ").append(EnsembleSolver.number(cluster.weight()));
        }
        return out.toString();
    }
}
