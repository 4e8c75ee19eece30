package io.logicminer.solver.math.algebra;

import io.logicminer.solver.math.engine.TopicGroup;
import io.logicminer.solver.math.engine.TopicSolver;

import java.util.List;

/** mathgenerator's {@code algebra} module: the 19 subtopics LogicNet draws from. */
public final class AlgebraTopics implements TopicGroup {

    @Override
    public String topic() {
        return "algebra";
    }

    @Override
    public List<TopicSolver> solvers() {
        return List.of(new BasicAlgebraSolver(), new CombineLikeTermsSolver(), new ComplexQuadraticSolver(),
                new CompoundInterestSolver(), new ExpandingSolver(), new IntMatrix22DeterminantSolver(),
                new IntersectionOfTwoLinesSolver(), new InvertMatrixSolver(), new LineEquationFrom2PointsSolver(),
                new LinearEquationsSolver(), new LogSolver(), new MatrixMultiplicationSolver(),
                new MultiplyComplexNumbersSolver(), new MultiplyIntTo22MatrixSolver(), new OrthogonalProjectionSolver(),
                new QuadraticEquationSolver(), new SimpleInterestSolver(), new VectorCrossSolver(), new VectorDotSolver());
    }
}
