package io.logicminer.core.pipeline;

import io.logicminer.spi.Challenge;
import io.logicminer.spi.Solution;
import io.logicminer.spi.SolutionStatus;
import io.logicminer.spi.Timings;
import io.logicminer.spi.solver.Solver;
import io.logicminer.spi.text.TextScanAbortedException;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a challenge through the primary solver and, when that does not answer (fails, declines, runs out of time),
 * through the fallback solver — always returning by the deadline.
 *
 * <p>The deadline is the challenge's deadline minus {@link PipelineSettings#deadlineMargin()}. With a fallback,
 * the primary solver gets the budget minus {@link PipelineSettings#fallbackShare()} of it and the fallback the
 * rest. Each solver is told a deadline {@link PipelineSettings#solverReserve()} before the pipeline stops waiting
 * for it, so a solver that returns what it has at its deadline (a partial answer) is not cut off.
 *
 * <p>Where a solver runs depends on {@link Solver#cpuBound()}. CPU-bound solvers run on a fixed pool of platform
 * threads ({@link PipelineSettings#cpuWorkers()}, one per core by default) behind a bounded queue: a runaway solve
 * (a backtracking regex that ignores interrupts) keeps its worker until it really stops, so runaway work never
 * exceeds the pool and never pins the virtual-thread carriers that Jetty's handlers need. I/O-bound solvers (chat
 * models) run on virtual threads. At the deadline the worker is interrupted and the pipeline returns a timed-out
 * (or the fallback's) solution without waiting for it; a solve still queued then is dropped from the queue.
 *
 * <p>Figures go to the {@link PrometheusRegistry} given: {@code logicminer_solve_total{solver,outcome}},
 * {@code logicminer_solve_fallbacks_total}, {@code logicminer_solve_seconds{solver}} and the CPU pool's
 * {@code logicminer_solve_cpu_queue_depth}, {@code logicminer_solve_cpu_busy_workers},
 * {@code logicminer_solve_cpu_workers}.
 */
public final class SolvePipeline implements AutoCloseable {

    private final Solver primary;
    private final Optional<Solver> fallback;
    private final PipelineSettings settings;
    private final Clock clock;
    private final SolveMetrics metrics;
    private final ExecutorService ioThreads = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("solve-io-", 0).factory());
    private final ThreadPoolExecutor cpuPool;

    /** A pipeline whose figures go to a registry of its own (tools, tests, benchmarks). */
    public SolvePipeline(Solver primary, Optional<Solver> fallback, PipelineSettings settings, Clock clock) {
        this(primary, fallback, settings, clock, new PrometheusRegistry());
    }

    /** A pipeline whose figures go to {@code registry} (the host's, {@code MinerHost#metrics()}). */
    public SolvePipeline(Solver primary, Optional<Solver> fallback, PipelineSettings settings, Clock clock,
                         PrometheusRegistry registry) {
        this.primary = Objects.requireNonNull(primary, "primary");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.metrics = SolveMetrics.in(Objects.requireNonNull(registry, "registry"));
        // Daemon platform threads: a runaway solve that ignores interrupts must not keep the JVM from exiting.
        this.cpuPool = new ThreadPoolExecutor(settings.cpuWorkers(), settings.cpuWorkers(), 0, TimeUnit.SECONDS,
                settings.cpuQueue() == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(settings.cpuQueue()),
                Thread.ofPlatform().name("solve-cpu-", 0).daemon(true).factory(),
                new ThreadPoolExecutor.AbortPolicy());
        metrics.watch(cpuPool);
    }

    /** The primary solver's name. */
    public String primaryName() {
        return primary.name();
    }

    /** The fallback solver's name, if any. */
    public Optional<String> fallbackName() {
        return fallback.map(Solver::name);
    }

    /** The settings in use. */
    public PipelineSettings settings() {
        return settings;
    }

    /**
     * Solves a question as it came off the wire, where the timeout is not yet known to be valid: a timeout of zero
     * or below is an immediate {@link SolutionStatus#TIMED_OUT} (counted in the metrics), never a budget handed to a
     * solver and never an exception.
     *
     * @param deadline the instant the reply is due (before this pipeline's margin)
     * @throws InterruptedException when the calling thread is interrupted
     */
    public Solution solve(String id, String question, String category, Duration timeout, Instant deadline)
            throws InterruptedException {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            Solution refused = Solution.timedOut(primary.name(), "", "timeout " + describe(timeout)
                    + " is not a positive budget; no solver was run (send a timeout above 0 seconds)");
            metrics.solved(refused);
            return refused;
        }
        return solve(new Challenge(id, question, category, timeout, deadline));
    }

    /**
     * Solves a challenge by its deadline minus the margin. Never throws for solver problems: they come back as
     * a solution whose status says what happened.
     *
     * @throws InterruptedException when the calling thread is interrupted
     */
    public Solution solve(Challenge challenge) throws InterruptedException {
        long started = System.nanoTime();
        Instant deadline = challenge.deadline().minus(settings.deadlineMargin());
        Timings timings = Timings.NONE;
        Duration budget = Duration.between(clock.instant(), deadline);
        if (budget.isNegative() || budget.isZero()) {
            return finish(Solution.timedOut(primary.name(), "", "no time left: the deadline minus the "
                    + settings.deadlineMargin().toMillis() + " ms margin has already passed"), timings, started);
        }
        Instant primaryDeadline = fallback.isPresent()
                ? deadline.minus(Duration.ofNanos((long) (budget.toNanos() * settings.fallbackShare())))
                : deadline;

        long phaseStart = System.nanoTime();
        Solution first = run(primary, challenge, primaryDeadline);
        timings = timings.withPhase(primary.name(), elapsedSince(phaseStart));
        if (first.isAnswered() || fallback.isEmpty()) {
            return finish(first, timings, started);
        }

        Solver second = fallback.get();
        metrics.fallbackRun();
        phaseStart = System.nanoTime();
        Solution next = run(second, challenge, deadline);
        timings = timings.withPhase(second.name(), elapsedSince(phaseStart));
        String why = primary.name() + " " + describe(first);
        if (next.isAnswered()) {
            return finish(next.withStatus(SolutionStatus.FALLBACK, why), timings, started);
        }
        why += "; fallback " + second.name() + " " + describe(next);
        Solution combined;
        if (first.status() == SolutionStatus.PARTIAL || next.status() == SolutionStatus.PARTIAL) {
            // A best-effort answer beats none: keep the partial that has one (the fallback's if both do).
            Solution best = next.status() == SolutionStatus.PARTIAL ? next : first;
            combined = new Solution(best.reasoning(), best.answer(), best.solver(), SolutionStatus.PARTIAL, why,
                    Timings.NONE);
        } else {
            Solution best = !next.reasoning().isEmpty() || first.reasoning().isEmpty() ? next : first;
            SolutionStatus status = first.status() == SolutionStatus.TIMED_OUT ? SolutionStatus.TIMED_OUT
                    : next.status();
            combined = new Solution(best.reasoning(), "", best.solver(), status, why, Timings.NONE);
        }
        return finish(combined, timings, started);
    }

    /** Runs one solver, telling it a deadline {@code solverReserve} before {@code stop}, and waits until stop. */
    private Solution run(Solver solver, Challenge challenge, Instant stop) throws InterruptedException {
        long runStart = System.nanoTime();
        try {
            return runOnce(solver, challenge, stop);
        } finally {
            metrics.ran(solver.name(), System.nanoTime() - runStart);
        }
    }

    private Solution runOnce(Solver solver, Challenge challenge, Instant stop) throws InterruptedException {
        Duration budget = Duration.between(clock.instant(), stop);
        if (budget.isNegative() || budget.isZero()) {
            return Solution.timedOut(solver.name(), "", "no time left for it");
        }
        Duration reserve = settings.solverReserve();
        if (reserve.compareTo(budget.dividedBy(4)) > 0) {
            reserve = budget.dividedBy(4);
        }
        Challenge given = challenge.withDeadline(stop.minus(reserve));
        AtomicBoolean started = new AtomicBoolean();
        FutureTask<Solution> task = new FutureTask<>(() -> {
            started.set(true);
            return solver.solve(given);
        });
        boolean cpu = solver.cpuBound();
        if (cpu) {
            try {
                cpuPool.execute(task);
            } catch (RejectedExecutionException e) {
                return Solution.failed(solver.name(), cpuPool.isShutdown() ? "the pipeline is closed"
                        : "refused: all " + settings.cpuWorkers() + " CPU workers are busy and " + settings.cpuQueue()
                        + " solves already wait (miner.cpu_workers, miner.cpu_queue)");
            }
        } else {
            try {
                ioThreads.execute(task);
            } catch (RejectedExecutionException e) {
                return Solution.failed(solver.name(), "the pipeline is closed");
            }
        }
        try {
            long waitNanos = Math.max(0, Duration.between(clock.instant(), stop).toNanos());
            Solution solution = task.get(waitNanos, TimeUnit.NANOSECONDS);
            if (solution == null) {
                return Solution.failed(solver.name(), "solver returned no solution (a bug in the solver)");
            }
            return solution;
        } catch (TimeoutException e) {
            task.cancel(true);
            if (cpu) {
                cpuPool.remove(task); // a solve still queued frees its place at once
            }
            return Solution.timedOut(solver.name(), "", started.get()
                    ? "did not finish by its deadline and was interrupted"
                    : "waited for a CPU worker until its deadline (all " + settings.cpuWorkers() + " busy)");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TextScanAbortedException scan) {
                return Solution.timedOut(solver.name(), "", scan.getMessage());
            }
            return Solution.failed(solver.name(), cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        } catch (InterruptedException e) {
            task.cancel(true);
            if (cpu) {
                cpuPool.remove(task);
            }
            throw e;
        }
    }

    private static String describe(Solution solution) {
        String label = solution.status().label().replace('_', ' ');
        return solution.status() == SolutionStatus.ANSWERED ? label : label + " (" + solution.error() + ")";
    }

    private static String describe(Duration timeout) {
        return timeout == null ? "(none)" : timeout.toMillis() / 1000.0 + " s";
    }

    private Solution finish(Solution solution, Timings phases, long started) {
        Timings merged = phases.withElapsed(elapsedSince(started));
        for (var phase : solution.timings().phases().entrySet()) {
            merged = merged.withPhase(solution.solver() + "." + phase.getKey(), phase.getValue());
        }
        Solution done = solution.withTimings(merged);
        metrics.solved(done);
        return done;
    }

    private static Duration elapsedSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    @Override
    public void close() {
        metrics.forget(cpuPool);
        cpuPool.shutdownNow();
        ioThreads.shutdownNow();
    }
}
