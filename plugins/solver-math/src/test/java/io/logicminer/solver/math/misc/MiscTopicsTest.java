package io.logicminer.solver.math.misc;

import io.logicminer.solver.math.toolkit.FixtureCheck;

import org.junit.jupiter.api.Test;

class MiscTopicsTest {

    @Test
    void everyMiscSolverAnswersItsOwnFixtureQuestionsExactlyAndNoOthers() {
        FixtureCheck.assertExactOnOwnQuestionsOnly(new MiscTopics(), 23);
    }

    @Test
    void staysCorrectUnderSimpleNoise() {
        FixtureCheck.assertCorrectUnderSimpleNoise(new MiscTopics(), 23);
    }
}
