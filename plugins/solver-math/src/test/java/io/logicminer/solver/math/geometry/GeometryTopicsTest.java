package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.toolkit.FixtureCheck;
import org.junit.jupiter.api.Test;

class GeometryTopicsTest {

    @Test
    void everyGeometrySolverAnswersItsOwnFixtureQuestionsExactlyAndNoOthers() {
        FixtureCheck.assertExactOnOwnQuestionsOnly(new GeometryTopics(), 34);
    }

    @Test
    void staysCorrectUnderSimpleNoise() {
        FixtureCheck.assertCorrectUnderSimpleNoise(new GeometryTopics(), 34);
    }
}
