/**
 * Solvers: the {@link io.logicminer.spi.solver.Solver} interface, the {@link io.logicminer.spi.solver.SolverType}
 * extension point that builds solvers from config, and the {@link io.logicminer.spi.solver.SolverContext} through
 * which a solver reaches chat models, other solvers and categories by name.
 */
package io.logicminer.spi.solver;
