package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.misc.FixtureCheck;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeometryTopicsTest {

    @Test
    void everyGeometrySolverAnswersItsOwnFixtureQuestionsExactlyAndNoOthers() {
        Map<String, FixtureCheck.Tally> tallies = FixtureCheck.run(new GeometryTopics(), q -> q);
        String report = FixtureCheck.report(tallies);
        System.out.println(report);
        assertEquals(34, tallies.size(), report);
        tallies.forEach((subtopic, t) -> {
            assertEquals(8, t.n, subtopic);
            assertEquals(0, t.wrong, report);
            assertEquals(8, t.correct, report);
        });
    }

    @Test
    void staysCorrectUnderSimpleNoise() {
        FixtureCheck.NOISE.forEach((name, noise) -> {
            Map<String, FixtureCheck.Tally> tallies = FixtureCheck.run(new GeometryTopics(), noise);
            String report = name + "\n" + FixtureCheck.report(tallies);
            tallies.values().forEach(t -> assertEquals(0, t.wrong, report));
            int correct = tallies.values().stream().mapToInt(t -> t.correct).sum();
            assertTrue(correct == 34 * 8, report);
        });
    }
}
