package io.logicminer.example.say;

import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.Solution;
import io.logicminer.spi.solver.Solver;
import io.logicminer.spi.solver.SolverContext;
import io.logicminer.spi.solver.SolverType;
import org.pf4j.Extension;

/** A scripted miner for eval's tests: the question "say X" is answered "X"; "decline" is declined. */
@Extension
public class SaySolverType implements SolverType {

    @Override
    public String type() {
        return "say";
    }

    @Override
    public Solver create(String name, ComponentConfig config, SolverContext context) {
        return new Solver() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Solution solve(io.logicminer.spi.Challenge challenge) {
                String q = challenge.question();
                if (!q.startsWith("say ")) {
                    return Solution.declined(name, "not a say question");
                }
                return Solution.answered(name, "I was told to say it.", q.substring(4));
            }
        };
    }
}
