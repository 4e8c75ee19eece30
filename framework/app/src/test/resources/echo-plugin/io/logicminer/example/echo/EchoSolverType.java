package io.logicminer.example.echo;

import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.Solution;
import io.logicminer.spi.solver.Solver;
import io.logicminer.spi.solver.SolverContext;
import io.logicminer.spi.solver.SolverType;
import org.pf4j.Extension;

/** A plugin written against the SPI alone: answers with a configured prefix and the question's length. */
@Extension
public class EchoSolverType implements SolverType {

    @Override
    public String type() {
        return "echo";
    }

    @Override
    public Solver create(String name, ComponentConfig config, SolverContext context) {
        String prefix = config.getString("prefix", "echo");
        String version = context.hostVersion();
        return new Solver() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Solution solve(io.logicminer.spi.Challenge challenge) {
                return Solution.answered(name, "host " + version + " saw " + challenge.question().length()
                        + " characters", prefix + ":" + challenge.question().length());
            }
        };
    }
}
