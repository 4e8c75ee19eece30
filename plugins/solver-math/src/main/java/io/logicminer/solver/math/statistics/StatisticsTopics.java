package io.logicminer.solver.math.statistics;

import io.logicminer.solver.math.engine.TopicGroup;
import io.logicminer.solver.math.engine.TopicSolver;

import java.util.List;

/** mathgenerator's {@code statistics} module: the seven subtopics LogicNet draws from. */
public final class StatisticsTopics implements TopicGroup {

    @Override
    public String topic() {
        return "statistics";
    }

    @Override
    public List<TopicSolver> solvers() {
        return List.of(
                new CombinationsSolver(),
                new ConditionalProbabilitySolver(),
                new ConfidenceIntervalSolver(),
                new DataSummarySolver(),
                new DiceSumProbabilitySolver(),
                new MeanMedianSolver(),
                new PermutationSolver());
    }
}
