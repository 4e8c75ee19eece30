package io.logicminer.solver.math;

import io.logicminer.solver.math.engine.MathEngine;
import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.solver.Solver;
import io.logicminer.spi.solver.SolverContext;
import io.logicminer.spi.solver.SolverType;
import org.pf4j.Extension;

/** Solver type {@code math}: the exact engine alone; declines what it does not recognise. No keys besides type. */
@Extension
public final class MathSolverType implements SolverType {

    @Override
    public String type() {
        return "math";
    }

    @Override
    public String description() {
        return "exact engine for mathgenerator's Logic topics; declines instead of guessing";
    }

    @Override
    public Solver create(String name, ComponentConfig config, SolverContext context) {
        return new MathSolver(name, SharedEngine.get(), context.clock());
    }
}
