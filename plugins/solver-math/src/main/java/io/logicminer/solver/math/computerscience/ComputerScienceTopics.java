package io.logicminer.solver.math.computerscience;

import io.logicminer.solver.math.engine.TopicGroup;
import io.logicminer.solver.math.engine.TopicSolver;

import java.util.List;

/**
 * mathgenerator's {@code computer_science} module. Of LogicNet's 9 subtopics, {@code bcd_to_decimal} has no solver:
 * its problem text shows only the leading digit of the number, so its ground truth cannot be derived and the engine
 * declines it.
 */
public final class ComputerScienceTopics implements TopicGroup {

    @Override
    public String topic() {
        return "computer_science";
    }

    @Override
    public List<TopicSolver> solvers() {
        return List.of(new Binary2sComplementSolver(), new BinaryToHexSolver(), new DecimalToBcdSolver(),
                new DecimalToHexadeciSolver(), new DecimalToOctalSolver(), new FibonacciSeriesSolver(),
                new NthFibonacciNumberSolver(), new NthTribonacciNumberSolver());
    }
}
