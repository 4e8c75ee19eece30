package io.logicminer.benchmarks;

import io.logicminer.spi.Challenge;
import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.Solution;
import io.logicminer.spi.solver.Solver;
import io.logicminer.spi.solver.SolverContext;
import io.logicminer.spi.solver.SolverType;
import org.pf4j.Extension;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Solver type {@code burn} for {@link DeadlineBenchmark}: a question containing {@code BURN} spins the CPU for
 * {@code burn_ms} ignoring interrupts (as a backtracking regex on a plain String does); any other question is
 * answered at once. Keys: {@code burn_ms}, {@code cpu_bound} (what {@code cpuBound()} answers), {@code burns}
 * (false: answer every question at once). Counts the burns
 * started and finished so the harness can wait for them.
 */
@Extension
public final class BurnSolverType implements SolverType {

    static final AtomicInteger STARTED = new AtomicInteger();
    static final AtomicInteger FINISHED = new AtomicInteger();

    @Override
    public String type() {
        return "burn";
    }

    @Override
    public Solver create(String name, ComponentConfig config, SolverContext context) {
        long burnNanos = config.getInt("burn_ms", 15_000) * 1_000_000L;
        boolean cpuBound = config.getBoolean("cpu_bound", true);
        boolean burns = config.getBoolean("burns", true);
        return new Solver() {
            @Override
            public String name() {
                return name;
            }

            // No @Override: the harness also runs against builds whose Solver has no cpuBound().
            public boolean cpuBound() {
                return cpuBound;
            }

            @Override
            public Solution solve(Challenge challenge) {
                if (!burns || !challenge.question().contains("BURN")) {
                    return Solution.answered(name, "Add the numbers: the sum is 4.", "4");
                }
                STARTED.incrementAndGet();
                long end = System.nanoTime() + burnNanos;
                long x = 0;
                while (System.nanoTime() < end) {
                    x += Long.numberOfTrailingZeros(x + 1); // busy, and deaf to interrupts
                }
                FINISHED.incrementAndGet();
                return Solution.answered(name, "burnt " + x, "1");
            }
        };
    }
}
