package io.logicminer.solver.math;

import io.logicminer.solver.math.engine.EngineOutcome;
import io.logicminer.solver.math.engine.MathEngine;
import io.logicminer.spi.Challenge;
import io.logicminer.spi.Solution;
import io.logicminer.spi.Timings;
import io.logicminer.spi.solver.Solver;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The {@code math} solver: answers with the engine's exact result or declines with the engine's reason. */
public final class MathSolver implements Solver {

    private final String name;
    private final MathEngine engine;
    private final Clock clock;

    public MathSolver(String name, MathEngine engine, Clock clock) {
        this.name = name;
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public String name() {
        return name;
    }

    /** The engine burns CPU (regexes, exact arithmetic): the host runs it on its bounded CPU pool. */
    @Override
    public boolean cpuBound() {
        return true;
    }

    @Override
    public Solution solve(Challenge challenge) {
        Instant start = clock.instant();
        EngineOutcome outcome = engine.solve(challenge.question(), challenge.deadline(), clock);
        Duration took = Duration.between(start, clock.instant());
        Solution solution = outcome.isAnswered()
                ? Solution.answered(name, outcome.answer().reasoning(), outcome.answer().answer())
                : Solution.declined(name, outcome.declineReason());
        return solution.withTimings(Timings.of(took).withPhase("engine", took));
    }
}
