package io.logicminer.solver.math.hostile;

import io.logicminer.solver.math.engine.EngineOutcome;
import io.logicminer.solver.math.engine.MathEngine;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.engine.TopicSolver;
import io.logicminer.spi.text.TextScanAbortedException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every topic solver the engine's registry loads, and the engine itself, on {@link HostileQuestions}: just under the
 * solvers' length limit (so the patterns really run), at 100 KiB and at 1 MiB. Each input gets a generous hang
 * guard (a few seconds for all solvers together, where a normal question takes a fraction of a millisecond); it is
 * not a performance assertion. Before the patterns were made linear, 7 KiB of digits took seconds per solver set and
 * 16 KiB took 52 CPU-seconds (docs/reliability.md).
 */
class HostileQuestionsTest {

    private static final Duration GUARD = Duration.ofSeconds(5);
    private static final MathEngine ENGINE = MathEngine.loadAll();

    @Test
    void theRegistryHasEveryTopicSolver() {
        assertTrue(ENGINE.solvers().size() >= 100, "solvers: " + ENGINE.solvers().size());
    }

    @TestFactory
    Stream<DynamicTest> everyTopicSolverFinishesOnHostileInput() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int kib : new int[] {7, 100, 1024}) {
            for (Map.Entry<String, String> input : HostileQuestions.of(kib).entrySet()) {
                tests.add(DynamicTest.dynamicTest(kib + " KiB " + input.getKey(), () -> allSolvers(input.getValue())));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> theEngineFinishesOnHostileInput() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int kib : new int[] {7, 100, 1024}) {
            for (Map.Entry<String, String> input : HostileQuestions.of(kib).entrySet()) {
                tests.add(DynamicTest.dynamicTest(kib + " KiB " + input.getKey(),
                        () -> assertTimeoutPreemptively(GUARD, () -> ENGINE.solve(input.getValue()))));
            }
        }
        return tests.stream();
    }

    private static void allSolvers(String question) {
        AtomicReference<String> running = new AtomicReference<>("preparing the text");
        assertTimeoutPreemptively(GUARD, () -> {
            ProblemText problem = ProblemText.of(question);
            for (TopicSolver solver : ENGINE.solvers()) {
                running.set(solver.topic() + "/" + solver.subtopic());
                solver.solve(problem);
            }
        }, () -> "still running " + running.get());
    }

    @Test
    void aQuestionLongerThanAnyMathProblemIsDeclinedWithTheReason() {
        EngineOutcome outcome = ENGINE.solve(HostileQuestions.REAL + HostileQuestions.repeat("1", 40_000));
        assertFalse(outcome.isAnswered());
        assertTrue(outcome.declineReason().contains("characters long"), outcome.declineReason());
    }

    @Test
    void realQuestionsStillGetTheirAnswer() {
        assertEquals("Yes", ENGINE.solve(HostileQuestions.REAL).answer().answer());
    }

    @Test
    void aPassedDeadlineStopsTheEngineWithTheReason() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        EngineOutcome outcome = ENGINE.solve(HostileQuestions.REAL, clock.instant(), clock);
        assertFalse(outcome.isAnswered());
        assertEquals("ran out of time after 0 candidate answers", outcome.declineReason());
    }

    @Test
    void anInterruptedSolveStopsAndKeepsTheFlag() throws Exception {
        CompletableFuture<EngineOutcome> outcome = new CompletableFuture<>();
        CompletableFuture<Boolean> flag = new CompletableFuture<>();
        Thread worker = Thread.ofPlatform().unstarted(() -> {
            Thread.currentThread().interrupt();
            outcome.complete(ENGINE.solve(HostileQuestions.REAL));
            flag.complete(Thread.currentThread().isInterrupted());
        });
        worker.start();
        EngineOutcome o = outcome.get(30, TimeUnit.SECONDS); // hang guard only
        assertFalse(o.isAnswered());
        assertEquals("the solve was interrupted", o.declineReason());
        assertTrue(flag.get(30, TimeUnit.SECONDS));
        worker.join();
    }

    @Test
    void aTextScanInsideASolverStopsOnInterrupt() throws Exception {
        CompletableFuture<Throwable> thrown = new CompletableFuture<>();
        Thread worker = Thread.ofPlatform().unstarted(() -> {
            Thread.currentThread().interrupt();
            try {
                // long enough that the scan reads past the check interval before it can finish
                ENGINE.solvers().getFirst().solve(ProblemText.of(HostileQuestions.repeat("Is 7 prime? ", 6_000)));
                thrown.complete(null);
            } catch (RuntimeException e) {
                thrown.complete(e);
            }
        });
        worker.start();
        Throwable t = thrown.get(30, TimeUnit.SECONDS); // hang guard only
        assertTrue(t instanceof TextScanAbortedException, String.valueOf(t));
        worker.join();
    }
}
