package io.logicminer.solver.math.basicmath;

import io.logicminer.solver.math.engine.TopicGroup;
import io.logicminer.solver.math.engine.TopicSolver;

import java.util.List;

/** mathgenerator's {@code basic_math} module: the 15 subtopics LogicNet draws from. */
public final class BasicMathTopics implements TopicGroup {

    @Override
    public String topic() {
        return "basic_math";
    }

    @Override
    public List<TopicSolver> solvers() {
        return List.of(new AbsoluteDifferenceSolver(), new CompareFractionsSolver(), new CubeRootSolver(),
                new ExponentiationSolver(), new FactorialSolver(), new FractionMultiplicationSolver(),
                new FractionToDecimalSolver(), new GreatestCommonDivisorSolver(), new IsCompositeSolver(),
                new IsPrimeSolver(), new PercentageSolver(), new PercentageDifferenceSolver(),
                new PercentageErrorSolver(), new PowerOfPowersSolver(), new SimplifySquareRootSolver());
    }
}
