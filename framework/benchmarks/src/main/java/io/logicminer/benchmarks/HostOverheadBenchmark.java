package io.logicminer.benchmarks;

import io.logicminer.core.pipeline.PipelineSettings;
import io.logicminer.core.pipeline.SolvePipeline;
import io.logicminer.spi.Challenge;
import io.logicminer.spi.Solution;
import io.logicminer.spi.chat.ChatChoice;
import io.logicminer.spi.chat.ChatMessage;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.chat.ChatRequest;
import io.logicminer.spi.chat.ChatResponse;
import io.logicminer.spi.chat.ChatUsage;
import io.logicminer.spi.solver.Solver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Host overhead per solve: the same two-call solver over an instant chat model, called directly (reference) and
 * through the host's solve pipeline (deadline, virtual-thread hand-off, cancellation, timings, fallback
 * bookkeeping). The difference is what the host adds to every challenge. Target: ≤ 0.2 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HostOverheadBenchmark {

    private Solver solver;
    private SolvePipeline pipeline;
    private SolvePipeline pipelineWithFallback;
    private final Clock clock = Clock.systemUTC();

    @Setup(Level.Trial)
    public void setUp() {
        ChatModel instant = new ChatModel() {
            @Override
            public String name() {
                return "instant";
            }

            @Override
            public ChatResponse complete(ChatRequest request) {
                return new ChatResponse("instant", List.of(new ChatChoice(0, "x + 1 = 2, so x = 1.", "stop")),
                        new ChatUsage(10, 8));
            }
        };
        solver = new Solver() {
            @Override
            public String name() {
                return "two-call";
            }

            @Override
            public Solution solve(Challenge challenge) throws InterruptedException {
                var first = instant.complete(new ChatRequest(List.of(ChatMessage.user(challenge.question())),
                        0.8, null, 2048, List.of(), 1, challenge.deadline()));
                String reasoning = first.choices().get(0).content();
                var second = instant.complete(new ChatRequest(List.of(ChatMessage.user(challenge.question()),
                        ChatMessage.assistant(reasoning), ChatMessage.user("final answer?")),
                        0.7, null, 512, List.of(), 1, challenge.deadline()));
                return Solution.answered("two-call", reasoning, second.choices().get(0).content());
            }
        };
        pipeline = new SolvePipeline(solver, Optional.empty(), PipelineSettings.DEFAULT, clock);
        pipelineWithFallback = new SolvePipeline(solver, Optional.of(solver), PipelineSettings.DEFAULT, clock);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pipeline.close();
        pipelineWithFallback.close();
    }

    private Challenge challenge() {
        return Challenge.of("b", "Solve x + 1 = 2.", "Logic", Duration.ofSeconds(64), clock);
    }

    /** Reference: the solver called directly. */
    @Benchmark
    public Solution solverDirect() throws InterruptedException {
        return solver.solve(challenge());
    }

    /** The same solver through the host pipeline. */
    @Benchmark
    public Solution throughPipeline() throws InterruptedException {
        return pipeline.solve(challenge());
    }

    /** Through the pipeline with a fallback configured (not needed here, but budgeted). */
    @Benchmark
    public Solution throughPipelineWithFallback() throws InterruptedException {
        return pipelineWithFallback.solve(challenge());
    }
}
