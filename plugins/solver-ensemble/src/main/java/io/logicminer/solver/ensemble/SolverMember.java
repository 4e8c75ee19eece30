package io.logicminer.solver.ensemble;

import io.logicminer.spi.solver.Solver;

/** Another solver (the exact math engine, a direct solver) whose answer is one vote, or {@code samples} votes. */
record SolverMember(Solver solver, double weight, int samples, int position) implements EnsembleMember {

    @Override
    public String label() {
        return "solver " + solver.name();
    }
}
