package io.logicminer.solver.math.misc;

import io.logicminer.solver.math.engine.TopicGroup;
import io.logicminer.solver.math.engine.TopicSolver;

import java.util.List;

/** mathgenerator's {@code misc} module: the subtopics LogicNet draws from (binomial_distribution and lcm are not among them). */
public final class MiscTopics implements TopicGroup {

    @Override
    public String topic() {
        return "misc";
    }

    @Override
    public List<TopicSolver> solvers() {
        return List.of(
                new ArithmeticProgressionSumSolver(),
                new ArithmeticProgressionTermSolver(),
                new BaseConversionSolver(),
                new CelsiusToFahrenheitSolver(),
                new CommonFactorsSolver(),
                new ComplexToPolarSolver(),
                new DecimalToRomanNumeralsSolver(),
                new EuclidianNormSolver(),
                new FactorsSolver(),
                new GeometricMeanSolver(),
                new GeometricProgressionSolver(),
                new HarmonicMeanSolver(),
                new IsLeapYearSolver(),
                new MinutesToHoursSolver(),
                new PrimeFactorsSolver(),
                new ProductOfScientificNotationsSolver(),
                new ProfitLossPercentSolver(),
                new QuotientOfPowerSameBaseSolver(),
                new QuotientOfPowerSamePowerSolver(),
                new SetOperationSolver(),
                new SignumFunctionSolver(),
                new SurdsComparisonSolver(),
                new VelocityOfObjectSolver());
    }
}
