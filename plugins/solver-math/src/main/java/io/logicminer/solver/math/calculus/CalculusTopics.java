package io.logicminer.solver.math.calculus;

import io.logicminer.solver.math.engine.TopicGroup;
import io.logicminer.solver.math.engine.TopicSolver;

import java.util.List;

/** mathgenerator's {@code calculus} module: the 5 subtopics LogicNet draws from. */
public final class CalculusTopics implements TopicGroup {

    @Override
    public String topic() {
        return "calculus";
    }

    @Override
    public List<TopicSolver> solvers() {
        return List.of(new DefiniteIntegralSolver(), new PowerRuleDifferentiationSolver(), new PowerRuleIntegrationSolver(),
                new StationaryPointsSolver(), new TrigDifferentiationSolver());
    }
}
