package io.logicminer.core.pipeline;

import java.time.Duration;
import java.util.Objects;

/**
 * How the pipeline spends a challenge's time and where its solvers run.
 *
 * @param deadlineMargin kept back from the validator's timeout for the network and the reply
 *     ({@code miner.deadline_margin})
 * @param fallbackShare share of the remaining budget reserved for the fallback solver when one is configured,
 *     in [0, 0.9] ({@code miner.fallback_share})
 * @param solverReserve time between the deadline a solver is given and the instant the pipeline stops waiting for
 *     it, so what a solver returns at its own deadline (a partial answer) still reaches the reply
 *     ({@code miner.solver_reserve}); capped at a quarter of each solver's budget
 * @param cpuWorkers platform threads that run {@linkplain io.logicminer.spi.solver.Solver#cpuBound() CPU-bound}
 *     solvers ({@code miner.cpu_workers}); at least 1
 * @param cpuQueue CPU-bound solves that may wait for a worker ({@code miner.cpu_queue}); at least 0; one more is
 *     refused at once (and the fallback, if any, answers)
 */
public record PipelineSettings(Duration deadlineMargin, double fallbackShare, Duration solverReserve, int cpuWorkers,
                               int cpuQueue) {

    /** Default {@link #solverReserve()}. */
    public static final Duration DEFAULT_SOLVER_RESERVE = Duration.ofMillis(100);
    /** Default {@link #cpuQueue()}. */
    public static final int DEFAULT_CPU_QUEUE = 64;

    /** One second of margin, a third of the budget for the fallback, one CPU worker per core. */
    public static final PipelineSettings DEFAULT = new PipelineSettings(Duration.ofSeconds(1), 1.0 / 3);

    public PipelineSettings {
        Objects.requireNonNull(deadlineMargin, "deadlineMargin");
        Objects.requireNonNull(solverReserve, "solverReserve");
        if (deadlineMargin.isNegative()) {
            throw new IllegalArgumentException("deadline margin must not be negative, got " + deadlineMargin);
        }
        if (!(fallbackShare >= 0 && fallbackShare <= 0.9)) {
            throw new IllegalArgumentException("fallback share must be in [0, 0.9], got " + fallbackShare);
        }
        if (solverReserve.isNegative()) {
            throw new IllegalArgumentException("solver reserve must not be negative, got " + solverReserve);
        }
        if (cpuWorkers < 1) {
            throw new IllegalArgumentException("cpu workers must be at least 1, got " + cpuWorkers);
        }
        if (cpuQueue < 0) {
            throw new IllegalArgumentException("cpu queue must not be negative, got " + cpuQueue);
        }
    }

    /** Margin and share as given; the default reserve, one CPU worker per core, the default queue. */
    public PipelineSettings(Duration deadlineMargin, double fallbackShare) {
        this(deadlineMargin, fallbackShare, DEFAULT_SOLVER_RESERVE, defaultCpuWorkers(), DEFAULT_CPU_QUEUE);
    }

    /** The default {@link #cpuWorkers()}: the processors this JVM may use. */
    public static int defaultCpuWorkers() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** A copy with another CPU pool size and queue. */
    public PipelineSettings withCpuPool(int workers, int queue) {
        return new PipelineSettings(deadlineMargin, fallbackShare, solverReserve, workers, queue);
    }

    /** A copy with another solver reserve. */
    public PipelineSettings withSolverReserve(Duration reserve) {
        return new PipelineSettings(deadlineMargin, fallbackShare, reserve, cpuWorkers, cpuQueue);
    }
}
