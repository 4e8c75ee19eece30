package io.logicminer.solver.ensemble;

import io.logicminer.category.logic.LogicCategory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The vote does not depend on the order ballots arrive in, even where sums of weights round differently. */
class VoteTallyTest {

    private static Ballot ballot(long order, double weight, String answer) {
        return new Ballot("m" + order, order, weight, "r", Optional.of(answer), true);
    }

    private static String winner(List<Ballot> arrivals) {
        VoteTally tally = new VoteTally(LogicCategory.withDefaults());
        arrivals.forEach(tally::add);
        return tally.winner().orElseThrow().answer();
    }

    @Test
    void weightsEqualButForRoundingTieAndTheTieRulesDecide() {
        assertNotEquals(0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1, "the premise: the order of the terms shows in the sum");
        List<Ballot> fours = List.of(ballot(10, 0.15, "8"), ballot(11, 0.15, "8"), ballot(12, 0.15, "8"),
                ballot(13, 0.15, "8"));
        Ballot a = ballot(0, 0.1, "7");
        Ballot b = ballot(1, 0.2, "7");
        Ballot c = ballot(2, 0.3, "7");
        // 0.6 against 0.6: four votes beat three, in either arrival order.
        List<Ballot> ascending = new java.util.ArrayList<>(List.of(a, b, c));
        ascending.addAll(fours);
        List<Ballot> descending = new java.util.ArrayList<>(List.of(c, b, a));
        descending.addAll(fours);
        assertEquals("8", winner(ascending));
        assertEquals("8", winner(descending));
        List<Ballot> foursFirst = new java.util.ArrayList<>(fours);
        foursFirst.addAll(List.of(c, a, b));
        assertEquals("8", winner(foursFirst));
    }

    @Test
    void anEarlyStopNeedsMoreThanRoundingToDecide() {
        VoteTally tally = new VoteTally(LogicCategory.withDefaults());
        List.of(ballot(0, 0.1, "7"), ballot(1, 0.2, "7"), ballot(2, 0.3, "7"), ballot(3, 0.15, "8"))
                .forEach(tally::add);
        // Leader 0.6 (plus rounding), runner-up 0.15, pending 0.45: the pending could tie it, so not decided.
        assertFalse(tally.decided(0.15 + 0.15 + 0.15));
        assertTrue(tally.decided(0.4));
    }
}
