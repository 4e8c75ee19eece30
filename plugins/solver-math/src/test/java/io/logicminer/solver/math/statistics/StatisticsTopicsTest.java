package io.logicminer.solver.math.statistics;

import io.logicminer.solver.math.misc.FixtureCheck;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatisticsTopicsTest {

    @Test
    void everyStatisticsSolverAnswersItsOwnFixtureQuestionsExactlyAndNoOthers() {
        Map<String, FixtureCheck.Tally> tallies = FixtureCheck.run(new StatisticsTopics(), q -> q);
        String report = FixtureCheck.report(tallies);
        System.out.println(report);
        assertEquals(7, tallies.size(), report);
        tallies.forEach((subtopic, t) -> {
            assertEquals(8, t.n, subtopic);
            assertEquals(0, t.wrong, report);
            assertEquals(8, t.correct, report);
        });
    }

    @Test
    void staysCorrectUnderSimpleNoise() {
        FixtureCheck.NOISE.forEach((name, noise) -> {
            Map<String, FixtureCheck.Tally> tallies = FixtureCheck.run(new StatisticsTopics(), noise);
            String report = name + "\n" + FixtureCheck.report(tallies);
            tallies.values().forEach(t -> assertEquals(0, t.wrong, report));
            int correct = tallies.values().stream().mapToInt(t -> t.correct).sum();
            assertTrue(correct == 7 * 8, report);
        });
    }
}
