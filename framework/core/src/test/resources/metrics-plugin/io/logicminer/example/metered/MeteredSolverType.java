package io.logicminer.example.metered;

import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.Solution;
import io.logicminer.spi.metrics.Counter;
import io.logicminer.spi.metrics.Gauge;
import io.logicminer.spi.metrics.Histogram;
import io.logicminer.spi.solver.Solver;
import io.logicminer.spi.solver.SolverContext;
import io.logicminer.spi.solver.SolverType;
import org.pf4j.Extension;

/** A plugin that exports its own metrics through the SPI's facade: solves, question length and a gauge. */
@Extension
public class MeteredSolverType implements SolverType {

    @Override
    public String type() {
        return "metered";
    }

    @Override
    public Solver create(String name, ComponentConfig config, SolverContext context) {
        Counter solves = context.metrics().counter("logicminer_metered_solves_total", "Solves by the metered solver",
                "solver");
        Histogram length = context.metrics().histogram("logicminer_metered_question_chars",
                "Question length seen by the metered solver", new double[] {1, 10, 100}, "solver");
        Gauge last = context.metrics().gauge("logicminer_metered_last_length", "Length of the last question");
        return new Solver() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Solution solve(io.logicminer.spi.Challenge challenge) {
                solves.inc(name);
                length.observe(challenge.question().length(), name);
                last.set(challenge.question().length());
                return Solution.answered(name, "counted", "ok");
            }
        };
    }
}
