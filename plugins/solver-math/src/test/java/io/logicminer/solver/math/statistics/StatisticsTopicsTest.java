package io.logicminer.solver.math.statistics;

import io.logicminer.solver.math.toolkit.FixtureCheck;
import org.junit.jupiter.api.Test;

class StatisticsTopicsTest {

    @Test
    void everyStatisticsSolverAnswersItsOwnFixtureQuestionsExactlyAndNoOthers() {
        FixtureCheck.assertExactOnOwnQuestionsOnly(new StatisticsTopics(), 7);
    }

    @Test
    void staysCorrectUnderSimpleNoise() {
        FixtureCheck.assertCorrectUnderSimpleNoise(new StatisticsTopics(), 7);
    }
}
