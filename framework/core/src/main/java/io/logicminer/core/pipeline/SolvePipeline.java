package io.logicminer.core.pipeline;

import io.logicminer.spi.Challenge;
import io.logicminer.spi.Solution;
import io.logicminer.spi.SolutionStatus;
import io.logicminer.spi.Timings;
import io.logicminer.spi.solver.Solver;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a challenge through the primary solver and, when that fails, declines or runs out of time, through the
 * fallback solver — always returning by the deadline.
 *
 * <p>The deadline is the challenge's deadline minus {@link PipelineSettings#deadlineMargin()}. With a fallback,
 * the primary solver gets the budget minus {@link PipelineSettings#fallbackShare()} of it and the fallback the
 * rest. Each solver runs on its own virtual thread; at its deadline it is interrupted and the pipeline moves
 * on without waiting for it. The returned solution carries the total time and one phase per solver tried.
 */
public final class SolvePipeline implements AutoCloseable {

    private final Solver primary;
    private final Optional<Solver> fallback;
    private final PipelineSettings settings;
    private final Clock clock;
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("solve-", 0).factory());

    public SolvePipeline(Solver primary, Optional<Solver> fallback, PipelineSettings settings, Clock clock) {
        this.primary = Objects.requireNonNull(primary, "primary");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The primary solver's name. */
    public String primaryName() {
        return primary.name();
    }

    /** The fallback solver's name, if any. */
    public Optional<String> fallbackName() {
        return fallback.map(Solver::name);
    }

    /**
     * Solves a challenge by its deadline minus the margin. Never throws for solver problems: they come back as
     * a failed or timed-out solution.
     *
     * @throws InterruptedException when the calling thread is interrupted
     */
    public Solution solve(Challenge challenge) throws InterruptedException {
        long started = System.nanoTime();
        Instant deadline = challenge.deadline().minus(settings.deadlineMargin());
        Timings timings = Timings.NONE;
        Duration budget = Duration.between(clock.instant(), deadline);
        if (budget.isNegative() || budget.isZero()) {
            return Solution.timedOut(primary.name(), "", "no time left: the deadline minus the "
                    + settings.deadlineMargin().toMillis() + " ms margin has already passed")
                    .withTimings(Timings.of(elapsedSince(started)));
        }
        Instant primaryDeadline = fallback.isPresent()
                ? deadline.minus(Duration.ofNanos((long) (budget.toNanos() * settings.fallbackShare())))
                : deadline;

        long phaseStart = System.nanoTime();
        Solution first = run(primary, challenge.withDeadline(primaryDeadline), primaryDeadline);
        timings = timings.withPhase(primary.name(), elapsedSince(phaseStart));
        if (first.isAnswered() || fallback.isEmpty()) {
            return finish(first, timings, started);
        }

        Solver second = fallback.get();
        phaseStart = System.nanoTime();
        Solution next = run(second, challenge.withDeadline(deadline), deadline);
        timings = timings.withPhase(second.name(), elapsedSince(phaseStart));
        if (next.isAnswered()) {
            return finish(next, timings, started);
        }
        String why = primary.name() + " " + describe(first) + "; fallback " + second.name() + " " + describe(next);
        Solution best = !next.reasoning().isEmpty() || first.reasoning().isEmpty() ? next : first;
        SolutionStatus status = next.status() == SolutionStatus.TIMED_OUT || first.status() == SolutionStatus.TIMED_OUT
                ? SolutionStatus.TIMED_OUT : SolutionStatus.FAILED;
        Solution combined = new Solution(best.reasoning(), "", best.solver(), status, why, Timings.NONE);
        return finish(combined, timings, started);
    }

    private Solution run(Solver solver, Challenge challenge, Instant deadline) throws InterruptedException {
        Future<Solution> future = executor.submit(() -> solver.solve(challenge));
        try {
            long waitNanos = Math.max(0, Duration.between(clock.instant(), deadline).toNanos());
            Solution solution = future.get(waitNanos, TimeUnit.NANOSECONDS);
            if (solution == null) {
                return Solution.failed(solver.name(), "solver returned no solution (a bug in the solver)");
            }
            return solution;
        } catch (TimeoutException e) {
            future.cancel(true);
            return Solution.timedOut(solver.name(), "", "did not finish by its deadline and was cancelled");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return Solution.failed(solver.name(), cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        }
    }

    private static String describe(Solution solution) {
        return switch (solution.status()) {
            case ANSWERED -> "answered";
            case DECLINED -> "declined (" + solution.error() + ")";
            case FAILED -> "failed (" + solution.error() + ")";
            case TIMED_OUT -> "timed out (" + solution.error() + ")";
        };
    }

    private static Solution finish(Solution solution, Timings phases, long started) {
        Timings merged = phases.withElapsed(elapsedSince(started));
        for (var phase : solution.timings().phases().entrySet()) {
            merged = merged.withPhase(solution.solver() + "." + phase.getKey(), phase.getValue());
        }
        return solution.withTimings(merged);
    }

    private static Duration elapsedSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
