package io.logicminer.app.cli;

import io.logicminer.core.MinerHost;
import io.logicminer.core.pipeline.SolvePipeline;
import io.logicminer.spi.Challenge;
import io.logicminer.spi.Solution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code logicminer solve}: one question, or a JSONL file of them. */
@Command(name = "solve", description = {"Solve one question, or every line of a JSONL file.",
        "Batch lines are {\"id\",\"question\",...}; output lines are {\"id\",\"answer\",\"reasoning\",\"solver\",\"elapsed_ms\"}"
                + " plus \"error\" when a line failed, one per input line, in input order."})
final class SolveCommand implements Callable<Integer> {

    @ParentCommand
    LogicminerCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "QUESTION", description = "The question (omit with --in).")
    String question;

    @Option(names = "--in", paramLabel = "FILE", description = "JSONL input, one {\"id\",\"question\"} per line.")
    Path in;

    @Option(names = "--out", paramLabel = "FILE", description = "JSONL output (with --in). Default: stdout.")
    Path out;

    @Option(names = "--solver", paramLabel = "NAME", description = "Solver to use instead of miner.solver.")
    String solver;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4",
            description = "Questions solved at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--timeout", paramLabel = "DURATION",
            description = "Time allowed per question, e.g. 64s (default: miner.timeout).")
    String timeout;

    @Option(names = "--progress", negatable = true, description = "Show progress on stderr (default: on a terminal).")
    Boolean progress;

    @Override
    public Integer call() throws Exception {
        if ((question == null) == (in == null)) {
            throw new ParameterException(spec.commandLine(), "give either a QUESTION or --in FILE");
        }
        if (out != null && in == null) {
            throw new ParameterException(spec.commandLine(), "--out needs --in");
        }
        if (concurrency < 1 || concurrency > 4096) {
            throw new ParameterException(spec.commandLine(), "--concurrency must be between 1 and 4096, got " + concurrency);
        }
        if (in != null && !Files.isRegularFile(in)) {
            throw new ParameterException(spec.commandLine(), "--in " + in + ": no such file");
        }
        try (MinerHost host = root.startHost();
             SolvePipeline pipeline = host.pipeline(Optional.ofNullable(solver))) {
            Duration perQuestion = timeout == null ? host.section("miner").getDuration("timeout", Duration.ofSeconds(64))
                    : DurationOption.parse(spec.commandLine(), "--timeout", timeout, false);
            String category = host.section("miner").getString("category", "Logic");
            return in == null ? solveOne(host, pipeline, category, perQuestion) : solveFile(host, pipeline, category, perQuestion);
        }
    }


    private int solveOne(MinerHost host, SolvePipeline pipeline, String category, Duration perQuestion)
            throws InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Solution solution = pipeline.solve(Challenge.of("cli", question, category, perQuestion, host.clock()));
        if (!solution.reasoning().isBlank()) {
            stdout.println("Reasoning:");
            stdout.println(solution.reasoning().strip());
            stdout.println();
        }
        stdout.println("Answer: " + solution.answer());
        stdout.flush();
        stderr.println("solver " + solution.solver() + ", " + solution.timings().elapsed().toMillis() + " ms"
                + (solution.isAnswered() ? "" : ", " + solution.status().name().toLowerCase(java.util.Locale.ROOT)
                + ": " + solution.error()));
        stderr.flush();
        return solution.isAnswered() ? 0 : 1;
    }

    private int solveFile(MinerHost host, SolvePipeline pipeline, String category, Duration perQuestion)
            throws IOException, InterruptedException {
        PrintWriter stderr = spec.commandLine().getErr();
        long lines;
        try (var counting = Files.lines(in, StandardCharsets.UTF_8)) {
            lines = counting.filter(l -> !l.isBlank()).count();
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), "--in " + in + ": no such file");
        }
        boolean showProgress = progress != null ? progress : System.console() != null;
        java.io.PrintStream progressStream = new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                stderr.write(b);
            }

            @Override
            public void flush() {
                stderr.flush();
            }
        }, true, StandardCharsets.UTF_8);
        ProgressBar bar = new ProgressBar(progressStream, (int) lines, System.console() != null);
        JsonlBatch batch = new JsonlBatch(pipeline, category, perQuestion, concurrency, host.clock());
        JsonlBatch.Summary summary;
        try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
             BufferedWriter writer = out == null
                     ? new BufferedWriter(spec.commandLine().getOut())
                     : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            summary = batch.run(reader, writer, ok -> {
                if (showProgress) {
                    bar.step(ok);
                }
            }, () -> { });
        }
        if (showProgress) {
            bar.finish();
        }
        stderr.println(summary.lines() + " lines, " + summary.answered() + " answered, " + summary.failed()
                + " failed (solver " + pipeline.primaryName()
                + pipeline.fallbackName().map(f -> ", fallback " + f).orElse("") + ")"
                + (out == null ? "" : " -> " + out));
        stderr.flush();
        return summary.failed() == 0 ? 0 : 1;
    }
}
