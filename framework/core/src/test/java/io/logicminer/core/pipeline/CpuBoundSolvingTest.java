package io.logicminer.core.pipeline;

import io.logicminer.spi.Challenge;
import io.logicminer.spi.Solution;
import io.logicminer.spi.SolutionStatus;
import io.logicminer.spi.solver.Solver;
import io.logicminer.spi.text.InterruptibleCharSequence;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CPU-bound solvers on the bounded pool; outcomes, timeouts and figures. */
class CpuBoundSolvingTest {

    private static final Clock CLOCK = Clock.systemUTC();

    /** Burns CPU until released, ignoring interrupts, as a catastrophic regex on a plain String does. */
    private static final class RunawaySolver implements Solver {
        final CountDownLatch running = new CountDownLatch(1);
        final AtomicInteger started = new AtomicInteger();
        final AtomicReference<Thread> thread = new AtomicReference<>();
        volatile boolean release;

        @Override
        public String name() {
            return "runaway";
        }

        @Override
        public boolean cpuBound() {
            return true;
        }

        @Override
        public Solution solve(Challenge challenge) {
            started.incrementAndGet();
            thread.set(Thread.currentThread());
            running.countDown();
            long spins = 0;
            while (!release) {
                spins++;
                Thread.onSpinWait();
            }
            return Solution.answered("runaway", "spun " + spins, "1");
        }
    }

    private static Solver named(String name, boolean cpuBound, java.util.function.Function<Challenge, Solution> body) {
        return new Solver() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean cpuBound() {
                return cpuBound;
            }

            @Override
            public Solution solve(Challenge challenge) {
                return body.apply(challenge);
            }
        };
    }

    private static Challenge challenge(Duration timeout) {
        return Challenge.of("c", "2+2?", "Logic", timeout, CLOCK);
    }

    private static PipelineSettings settings(int workers, int queue) {
        return new PipelineSettings(Duration.ZERO, 0).withCpuPool(workers, queue)
                .withSolverReserve(Duration.ofMillis(10));
    }

    private static String scrape(PrometheusRegistry registry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrometheusTextFormatWriter.create().write(out, registry.scrape());
        return out.toString(StandardCharsets.UTF_8);
    }

    private static double value(PrometheusRegistry registry, String series) throws IOException {
        for (String line : scrape(registry).split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).strip());
            }
        }
        return Double.NaN;
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30); // hang guard only
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("still not true after 30 s: " + what);
            }
            Thread.sleep(5); // polling with a bound, not synchronisation by sleeping
        }
    }

    @Test
    void aRunawaySolveHoldsItsWorkerOthersQueueAndIoSolversStillRun() throws Exception {
        RunawaySolver runaway = new RunawaySolver();
        PrometheusRegistry registry = new PrometheusRegistry();
        try (SolvePipeline cpu = new SolvePipeline(runaway, Optional.empty(), settings(1, 1), CLOCK, registry);
             SolvePipeline io = new SolvePipeline(named("llm", false, c -> Solution.answered("llm", "r", "4")),
                     Optional.empty(), settings(1, 1), CLOCK, registry)) {
            Solution first = cpu.solve(challenge(Duration.ofMillis(200)));
            assertEquals(SolutionStatus.TIMED_OUT, first.status());
            assertTrue(first.error().contains("interrupted"), first.error());
            assertTrue(runaway.running.await(30, TimeUnit.SECONDS));
            // The runaway ignores the interrupt: its worker stays busy, and the gauge says so.
            assertEquals(1.0, value(registry, "logicminer_solve_cpu_busy_workers"));

            // The next CPU solve waits in the queue until its deadline, then leaves the queue.
            Solution second = cpu.solve(challenge(Duration.ofMillis(200)));
            assertEquals(SolutionStatus.TIMED_OUT, second.status());
            assertTrue(second.error().contains("waited for a CPU worker"), second.error());
            assertEquals(1, runaway.started.get(), "the queued solve never ran");
            assertEquals(0.0, value(registry, "logicminer_solve_cpu_queue_depth"));

            // An I/O-bound solver is not behind the CPU pool.
            Solution answered = io.solve(challenge(Duration.ofSeconds(30)));
            assertEquals(SolutionStatus.ANSWERED, answered.status());

            runaway.release = true;
            awaitTrue(() -> {
                try {
                    return value(registry, "logicminer_solve_cpu_busy_workers") == 0.0;
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }, "the worker is free once the runaway stops");
            assertEquals(2.0, value(registry, "logicminer_solve_cpu_workers"));
            assertEquals(2.0, value(registry,
                    "logicminer_solve_total{outcome=\"timed_out\",solver=\"runaway\"}"));
            assertEquals(1.0, value(registry, "logicminer_solve_total{outcome=\"answered\",solver=\"llm\"}"));
            assertTrue(runaway.thread.get().getName().startsWith("solve-cpu-"));
            assertFalse(runaway.thread.get().isVirtual());
        }
    }

    @Test
    void runawayWorkNeverExceedsThePoolAndQueuedSolvesDroppedAtTheirDeadlineNeverRun() throws Exception {
        RunawaySolver runaway = new RunawaySolver();
        PrometheusRegistry registry = new PrometheusRegistry();
        try (SolvePipeline pipeline = new SolvePipeline(runaway, Optional.empty(), settings(2, 8), CLOCK, registry)) {
            java.util.List<CompletableFuture<Solution>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                replies.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return pipeline.solve(challenge(Duration.ofMillis(400)));
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }, java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()));
            }
            for (CompletableFuture<Solution> reply : replies) {
                assertEquals(SolutionStatus.TIMED_OUT, reply.get(30, TimeUnit.SECONDS).status());
            }
            assertEquals(0.0, value(registry, "logicminer_solve_cpu_queue_depth"));
            runaway.release = true;
            awaitTrue(() -> {
                try {
                    return value(registry, "logicminer_solve_cpu_busy_workers") == 0.0;
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }, "the workers come free once the runaways stop");
            assertEquals(2, runaway.started.get(), "only the two solves that got a worker ever ran");
        }
    }

    @Test
    void aFullQueueIsRefusedAtOnceAndTheFallbackAnswers() throws Exception {
        RunawaySolver runaway = new RunawaySolver();
        PrometheusRegistry registry = new PrometheusRegistry();
        try (SolvePipeline pipeline = new SolvePipeline(runaway,
                Optional.of(named("llm", false, c -> Solution.answered("llm", "steps", "4"))),
                new PipelineSettings(Duration.ZERO, 0.5).withCpuPool(1, 0), CLOCK, registry)) {
            Solution first = pipeline.solve(challenge(Duration.ofMillis(300)));
            assertEquals(SolutionStatus.FALLBACK, first.status());
            assertTrue(runaway.running.await(30, TimeUnit.SECONDS));
            Solution refused = pipeline.solve(challenge(Duration.ofSeconds(30)));
            assertEquals(SolutionStatus.FALLBACK, refused.status());
            assertEquals("4", refused.answer());
            assertTrue(refused.error().contains("CPU workers are busy"), refused.error());
            assertEquals(1, runaway.started.get());
            assertEquals(2.0, value(registry, "logicminer_solve_fallbacks_total"));
            assertEquals(2.0, value(registry, "logicminer_solve_total{outcome=\"fallback\",solver=\"llm\"}"));
            assertEquals(2.0, value(registry, "logicminer_solve_seconds_count{solver=\"llm\"}"));
            runaway.release = true;
        }
    }

    @Test
    void theDeadlineInterruptsAScanThroughAnInterruptibleCharSequence() throws Exception {
        Pattern absent = Pattern.compile("zz");
        CharSequence text = InterruptibleCharSequence.of("a".repeat(1 << 20));
        CompletableFuture<Thread> worker = new CompletableFuture<>();
        Solver scanning = named("regex", true, c -> {
            worker.complete(Thread.currentThread());
            long scans = 0;
            while (!absent.matcher(text).find()) { // an endless scan, as a runaway regex is
                scans++;
            }
            return Solution.answered("regex", "", String.valueOf(scans));
        });
        PrometheusRegistry registry = new PrometheusRegistry();
        try (SolvePipeline pipeline = new SolvePipeline(scanning, Optional.empty(), settings(1, 4), CLOCK,
                registry)) {
            Solution solution = pipeline.solve(challenge(Duration.ofMillis(200)));
            assertEquals(SolutionStatus.TIMED_OUT, solution.status());
            worker.get(30, TimeUnit.SECONDS);
            // The interrupt stopped the scan, so the worker comes free without any release.
            awaitTrue(() -> {
                try {
                    return value(registry, "logicminer_solve_cpu_busy_workers") == 0.0;
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }, "the interrupted scan frees its worker");
            try (SolvePipeline other = new SolvePipeline(named("quick", true,
                    c -> Solution.answered("quick", "", "ok")), Optional.empty(), settings(1, 1), CLOCK, registry)) {
                assertEquals("ok", other.solve(challenge(Duration.ofSeconds(30))).answer());
            }
        }
    }

    @Test
    void aTimeoutOfZeroOrBelowIsAnImmediateTimeoutAndNoSolverRuns() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        PrometheusRegistry registry = new PrometheusRegistry();
        try (SolvePipeline pipeline = new SolvePipeline(named("p", true, c -> {
            calls.incrementAndGet();
            return Solution.answered("p", "", "1");
        }), Optional.empty(), settings(1, 1), CLOCK, registry)) {
            for (Duration bad : new Duration[] {Duration.ZERO, Duration.ofSeconds(-3), null}) {
                Solution solution = pipeline.solve("id", "2+2?", "Logic", bad, Instant.now().plusSeconds(5));
                assertEquals(SolutionStatus.TIMED_OUT, solution.status());
                assertTrue(solution.error().contains("not a positive budget"), solution.error());
            }
            assertEquals(0, calls.get());
            assertEquals(3.0, value(registry, "logicminer_solve_total{outcome=\"timed_out\",solver=\"p\"}"));
        }
    }

    @Test
    void aSolverIsToldADeadlineBeforeThePipelineStopsWaiting() throws Exception {
        AtomicReference<Instant> seen = new AtomicReference<>();
        PipelineSettings settings = new PipelineSettings(Duration.ZERO, 0).withSolverReserve(Duration.ofMillis(100));
        try (SolvePipeline pipeline = new SolvePipeline(named("p", false, c -> {
            seen.set(c.deadline());
            return Solution.answered("p", "", "1");
        }), Optional.empty(), settings, CLOCK)) {
            Challenge challenge = challenge(Duration.ofSeconds(30));
            pipeline.solve(challenge);
            assertEquals(challenge.deadline().minusMillis(100), seen.get());
        }
    }

    @Test
    void aPartialAnswerIsKeptWhenTheFallbackDoesNotAnswer() throws Exception {
        try (SolvePipeline pipeline = new SolvePipeline(
                named("llm", false, c -> Solution.partial("llm", "so far 2+2", "4", "cut at the deadline")),
                Optional.of(named("math", true, c -> Solution.declined("math", "unknown topic"))),
                new PipelineSettings(Duration.ZERO, 0.3), CLOCK)) {
            Solution solution = pipeline.solve(challenge(Duration.ofSeconds(30)));
            assertEquals(SolutionStatus.PARTIAL, solution.status());
            assertEquals("4", solution.answer());
            assertEquals("so far 2+2", solution.reasoning());
            assertTrue(solution.error().contains("unknown topic"), solution.error());
        }
    }

    @Test
    void anLlmErrorFromTheFallbackIsReportedAsSuch() throws Exception {
        try (SolvePipeline pipeline = new SolvePipeline(
                named("math", true, c -> Solution.declined("math", "unknown topic")),
                Optional.of(named("llm", false, c -> Solution.llmError("llm", "", "connection refused"))),
                new PipelineSettings(Duration.ZERO, 0.3), CLOCK)) {
            Solution solution = pipeline.solve(challenge(Duration.ofSeconds(30)));
            assertEquals(SolutionStatus.LLM_ERROR, solution.status());
        }
    }
}
