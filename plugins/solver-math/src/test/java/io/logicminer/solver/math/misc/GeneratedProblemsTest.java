package io.logicminer.solver.math.misc;

import io.logicminer.solver.math.engine.TopicGroup;
import io.logicminer.solver.math.toolkit.FixtureCheck;
import io.logicminer.solver.math.toolkit.LogicDevFixture;
import io.logicminer.solver.math.geometry.GeometryTopics;
import io.logicminer.solver.math.statistics.StatisticsTopics;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 150 more problems per subtopic, produced by running mathgenerator 2dbd0ef itself (CPython 3.11.7, numpy 2.4,
 * random.seed(12345)) and wrapped the way the validator wraps them; file {@code mathgenerator-generated.jsonl}.
 */
class GeneratedProblemsTest {

    @Test
    void everySolverMatchesMathgeneratorOnTheGeneratedProblems() {
        List<LogicDevFixture.Challenge> generated = LogicDevFixture.load("/mathgenerator-generated.jsonl");
        for (TopicGroup group : List.of(new GeometryTopics(), new MiscTopics(), new StatisticsTopics())) {
            Map<String, FixtureCheck.Tally> tallies = FixtureCheck.run(group, q -> q, generated);
            String report = FixtureCheck.report(tallies);
            System.out.println(report);
            tallies.values().forEach(t -> assertEquals(0, t.wrong, report));
        }
    }
}
