package io.logicminer.core.pipeline;

import io.logicminer.spi.Challenge;
import io.logicminer.spi.Solution;
import io.logicminer.spi.SolutionStatus;
import io.logicminer.spi.solver.Solver;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SolvePipelineTest {

    private static final Clock CLOCK = Clock.systemUTC();

    private static Solver solver(String name, java.util.function.Function<Challenge, Solution> body) {
        return new Solver() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Solution solve(Challenge challenge) {
                return body.apply(challenge);
            }
        };
    }

    /** A solver that blocks until interrupted and records that it was. */
    private static final class HangingSolver implements Solver {
        final CountDownLatch interrupted = new CountDownLatch(1);
        final AtomicReference<Instant> deadlineSeen = new AtomicReference<>();

        @Override
        public String name() {
            return "hanging";
        }

        @Override
        public Solution solve(Challenge challenge) throws InterruptedException {
            deadlineSeen.set(challenge.deadline());
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return Solution.answered("hanging", "", "never");
        }
    }

    private static Challenge challenge(Duration timeout) {
        return Challenge.of("c1", "2+2?", "Logic", timeout, CLOCK);
    }

    @Test
    void answersFromThePrimaryWithTimings() throws Exception {
        try (SolvePipeline pipeline = new SolvePipeline(solver("p", c -> Solution.answered("p", "r", "4")),
                Optional.of(solver("f", c -> Solution.answered("f", "r", "5"))), PipelineSettings.DEFAULT, CLOCK)) {
            Solution solution = pipeline.solve(challenge(Duration.ofSeconds(10)));
            assertEquals("4", solution.answer());
            assertEquals("p", solution.solver());
            assertTrue(solution.timings().phases().containsKey("p"));
            assertFalse(solution.timings().phases().containsKey("f"));
        }
    }

    @Test
    void fallsBackWhenThePrimaryDeclinesOrFails() throws Exception {
        for (Solution first : new Solution[] {Solution.declined("p", "not a known topic"),
                Solution.failed("p", "backend down")}) {
            try (SolvePipeline pipeline = new SolvePipeline(solver("p", c -> first),
                    Optional.of(solver("f", c -> Solution.answered("f", "steps", "5"))), PipelineSettings.DEFAULT,
                    CLOCK)) {
                Solution solution = pipeline.solve(challenge(Duration.ofSeconds(10)));
                assertEquals("5", solution.answer());
                assertEquals("f", solution.solver());
                assertEquals(SolutionStatus.FALLBACK, solution.status());
                assertTrue(solution.isAnswered());
                assertTrue(solution.error().contains(first.error()), solution.error());
                assertTrue(solution.timings().phases().containsKey("p"));
                assertTrue(solution.timings().phases().containsKey("f"));
            }
        }
    }

    @Test
    void exceptionsBecomeFailedSolutions() throws Exception {
        try (SolvePipeline pipeline = new SolvePipeline(solver("p", c -> {
            throw new IllegalStateException("boom");
        }), Optional.empty(), PipelineSettings.DEFAULT, CLOCK)) {
            Solution solution = pipeline.solve(challenge(Duration.ofSeconds(10)));
            assertEquals(SolutionStatus.FAILED, solution.status());
            assertTrue(solution.error().contains("boom"));
        }
    }

    @Test
    void cancelsAHangingPrimaryAtItsShareOfTheBudgetAndFallsBack() throws Exception {
        HangingSolver hanging = new HangingSolver();
        PipelineSettings settings = new PipelineSettings(Duration.ofMillis(100), 0.5);
        try (SolvePipeline pipeline = new SolvePipeline(hanging,
                Optional.of(solver("f", c -> Solution.answered("f", "quick", "7"))), settings, CLOCK)) {
            Challenge challenge = challenge(Duration.ofMillis(700));
            Solution solution = pipeline.solve(challenge);
            assertEquals("7", solution.answer());
            assertTrue(hanging.interrupted.await(5, TimeUnit.SECONDS), "the primary was interrupted");
            Instant finalDeadline = challenge.deadline().minusMillis(100);
            assertTrue(hanging.deadlineSeen.get().isBefore(finalDeadline),
                    "the primary's deadline leaves room for the fallback");
        }
    }

    @Test
    void timesOutWithoutFallbackAndInterruptsTheSolver() throws Exception {
        HangingSolver hanging = new HangingSolver();
        try (SolvePipeline pipeline = new SolvePipeline(hanging, Optional.empty(),
                new PipelineSettings(Duration.ofMillis(50), 0), CLOCK)) {
            Solution solution = pipeline.solve(challenge(Duration.ofMillis(300)));
            assertEquals(SolutionStatus.TIMED_OUT, solution.status());
            assertTrue(hanging.interrupted.await(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void noTimeLeftMeansAnImmediateTimeout() throws Exception {
        try (SolvePipeline pipeline = new SolvePipeline(solver("p", c -> Solution.answered("p", "", "1")),
                Optional.empty(), new PipelineSettings(Duration.ofSeconds(5), 0), CLOCK)) {
            Solution solution = pipeline.solve(challenge(Duration.ofSeconds(1)));
            assertEquals(SolutionStatus.TIMED_OUT, solution.status());
            assertTrue(solution.error().contains("margin"));
        }
    }

    @Test
    void bothFailingKeepsTheReasonsOfBoth() throws Exception {
        try (SolvePipeline pipeline = new SolvePipeline(solver("math", c -> Solution.declined("math", "unknown topic")),
                Optional.of(solver("llm", c -> Solution.failed("llm", "connection refused"))),
                PipelineSettings.DEFAULT, CLOCK)) {
            Solution solution = pipeline.solve(challenge(Duration.ofSeconds(10)));
            assertEquals(SolutionStatus.FAILED, solution.status());
            assertTrue(solution.error().contains("unknown topic") && solution.error().contains("connection refused"),
                    solution.error());
        }
    }
}
