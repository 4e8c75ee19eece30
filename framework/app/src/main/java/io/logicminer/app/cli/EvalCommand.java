package io.logicminer.app.cli;

import io.logicminer.bittensor.dendrite.AxonTarget;
import io.logicminer.bittensor.verification.Sr25519RequestSigner;
import io.logicminer.bittensor.wallet.Wallet;
import io.logicminer.core.HostVersion;
import io.logicminer.core.MinerHost;
import io.logicminer.app.mining.AxonAnswerer;
import io.logicminer.core.pipeline.SolvePipeline;
import io.logicminer.evaluation.challenge.ChallengeFile;
import io.logicminer.evaluation.challenge.GeneratedChallenges;
import io.logicminer.evaluation.embedding.ReferenceSimilarity;
import io.logicminer.evaluation.capacity.VolumeAdvice;
import io.logicminer.evaluation.judge.ReferenceReasoning;
import io.logicminer.evaluation.profile.CheatWords;
import io.logicminer.evaluation.profile.JudgeSetup;
import io.logicminer.evaluation.profile.ValidatorProfile;
import io.logicminer.evaluation.profile.ValidatorProfiles;
import io.logicminer.evaluation.profile.VolumeMultiplier;
import io.logicminer.evaluation.report.EvalSummary;
import io.logicminer.evaluation.report.ReportWriter;
import io.logicminer.evaluation.run.AnswerResult;
import io.logicminer.evaluation.run.ChallengeAnswerer;
import io.logicminer.evaluation.run.EvalChallenge;
import io.logicminer.evaluation.run.EvalResult;
import io.logicminer.evaluation.run.EvaluationRun;
import io.logicminer.evaluation.run.SimilarityScorer;
import io.logicminer.evaluation.run.ValidatorPanel;
import io.logicminer.spi.Challenge;
import io.logicminer.spi.Solution;
import io.logicminer.spi.category.Category;
import io.logicminer.spi.category.Reply;
import io.logicminer.spi.embedding.SentenceEmbedder;
import io.logicminer.spi.embedding.SentenceEmbedderType;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code logicminer eval}: the offline validator — challenges, a miner, LogicNet's scoring, three report files. */
@Command(name = "eval", description = {"Score a solver or a running miner the way LogicNet's validator does.",
        "A solver runs in-process, a miner is asked over the signed axon protocol; writes results.jsonl,",
        "summary.json and report.html."})
final class EvalCommand implements Callable<Integer> {

    @ParentCommand
    LogicminerCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--in", paramLabel = "FILE", description = "JSONL challenges: id, question, ground_truth, topic, subtopic.")
    Path in;

    @Option(names = "--count", paramLabel = "N", description = "Generate N challenges with the category's generator.")
    Integer count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "35", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--solver", paramLabel = "NAME", description = "Solver to evaluate in-process (default: miner.solver).")
    String solver;

    @Option(names = "--target", paramLabel = "URL", description = "A running miner's axon, e.g. http://1.2.3.4:8091.")
    String target;

    @Option(names = "--axon-hotkey", paramLabel = "SS58", description = "The target miner's hotkey (with --target).")
    String axonHotkey;

    @Option(names = "--judge-model", paramLabel = "NAME",
            description = "A models.<name> to judge correctness the validators' way (without one, answers a validator"
                    + " would send to its judge are reported undecided, beside the category's equivalence test).")
    String judgeModel;

    @Option(names = "--validator-profile", paramLabel = "NAME", defaultValue = "logicnet-2025-05",
            description = "The validator profile of the headline reward: logicnet-2025-05 (today's validators) or"
                    + " logicnet-2024-08 (default: ${DEFAULT-VALUE}). Every profile's reward is reported.")
    String validatorProfile;

    @Option(names = "--reference-model", paramLabel = "NAME",
            description = "A models.<name> that writes the validator's reference reasoning; enables the similarity term"
                    + " (all-MiniLM-L6-v2 embeddings from the similarity-minilm plugin). Without it similarity is n/a.")
    String referenceModel;

    @Option(names = "--embedder", paramLabel = "TYPE", defaultValue = "minilm",
            description = "The sentence embedder type for the similarity term (default: ${DEFAULT-VALUE}, from the"
                    + " similarity-minilm plugin).")
    String embedder;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4", description = "Challenges at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "64s",
            description = "The synapse timeout (default: ${DEFAULT-VALUE}, as LogicNet's).")
    String timeout;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "eval-out", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--progress", negatable = true, description = "Show progress on stderr (default: on a terminal).")
    Boolean progress;

    @Override
    public Integer call() throws Exception {
        if ((in == null) == (count == null)) {
            throw new ParameterException(spec.commandLine(), "give either --in FILE or --count N");
        }
        if (count != null && count < 1) {
            throw new ParameterException(spec.commandLine(), "--count must be at least 1, got " + count);
        }
        if (target != null && axonHotkey == null) {
            throw new ParameterException(spec.commandLine(), "--target needs --axon-hotkey (the miner's ss58 hotkey)");
        }
        if (target != null && solver != null) {
            throw new ParameterException(spec.commandLine(), "--solver and --target exclude each other");
        }
        if (concurrency < 1 || concurrency > 1024) {
            throw new ParameterException(spec.commandLine(), "--concurrency must be between 1 and 1024");
        }
        Duration perChallenge = DurationOption.parse(spec.commandLine(), "--timeout", timeout, false);
        ValidatorProfile headline;
        try {
            headline = ValidatorProfiles.named(validatorProfile);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--validator-profile: " + e.getMessage());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        try (MinerHost host = root.startHost()) {
            String categoryName = host.section("miner").getString("category", "Logic");
            Category category = host.registry().category(categoryName);
            List<EvalChallenge> challenges = challenges(category);
            int epochVolume = host.section("miner").getInt("epoch_volume", 50);
            JudgeSetup judge = new JudgeSetup(judgeModel == null ? Optional.empty()
                    : Optional.of(host.registry().chatModel(judgeModel)), cheatWords(host));
            ValidatorPanel panel;
            try {
                panel = ValidatorPanel.of(headline, judge, epochVolume);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage()); // names miner.epoch_volume
            }
            SolvePipeline pipeline = target == null ? host.pipeline(Optional.ofNullable(solver)) : null;
            OkHttpClient http = new OkHttpClient();
            Optional<SentenceEmbedder> embedding = referenceModel == null ? Optional.empty() : embedder(host);
            try {
                ChallengeAnswerer answerer = target == null
                        ? inProcess(pipeline, category, categoryName, host)
                        : overAxon(host, http, categoryName);
                Optional<SimilarityScorer> similarity = embedding.map(e -> new ReferenceSimilarity(
                        new ReferenceReasoning(host.registry().chatModel(referenceModel), headline.referenceMaxTokens()),
                        e));
                EvaluationRun run = new EvaluationRun(answerer, panel, category::equivalent, similarity, perChallenge,
                        concurrency);
                boolean terminal = System.console() != null;
                boolean show = progress != null ? progress : terminal;
                java.io.PrintStream err = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err),
                        true, StandardCharsets.UTF_8);
                ProgressBar bar = new ProgressBar(err, challenges.size(), terminal);
                List<EvalResult> results = run.run(challenges, r -> {
                    if (show) {
                        bar.step(r.correctness() == 1);
                    }
                });
                if (show) {
                    bar.finish();
                }
                VolumeAdvice advice = VolumeAdvice.of(results.stream().filter(r -> r.answer().replied())
                        .map(EvalResult::latency).toList(), concurrency, epochVolume, VolumeMultiplier.LOGICNET_2025_05);
                EvalSummary summary = EvalSummary.of(results, panel, run.measuresSimilarity(), advice);
                ReportWriter.write(out, results, summary);
                EvalSummaryLines.print(stdout, summary);
                stdout.println("wrote " + out.resolve("results.jsonl") + ", " + out.resolve("summary.json") + ", "
                        + out.resolve("report.html"));
                stdout.flush();
                return 0;
            } finally {
                embedding.ifPresent(SentenceEmbedder::close);
                if (pipeline != null) {
                    pipeline.close();
                }
                http.dispatcher().executorService().shutdown();
                http.connectionPool().evictAll();
            }
        }
    }

    /** {@code evaluation.cheat_words}, or the documented default list. */
    private List<String> cheatWords(MinerHost host) {
        try {
            return CheatWords.of(host.section("evaluation").getStringList("cheat_words", CheatWords.DEFAULT),
                    "evaluation.cheat_words");
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private List<EvalChallenge> challenges(Category category) throws java.io.IOException {
        if (in != null) {
            if (!Files.isRegularFile(in)) {
                throw new ParameterException(spec.commandLine(), "--in " + in + ": no such file");
            }
            return ChallengeFile.read(in);
        }
        var generator = category.generator().orElseThrow(() -> new ParameterException(spec.commandLine(),
                "category " + category.name() + " has no challenge generator; use --in FILE"));
        return GeneratedChallenges.generate(generator, count, seed);
    }

    /**
     * The similarity model, from a plugin: the default one (similarity-minilm, ~195 MB with ONNX Runtime) is not
     * in the miner's distribution. Without it the run goes on with similarity n/a, as without a reference model,
     * and one line says how to add it.
     */
    private Optional<SentenceEmbedder> embedder(MinerHost host) {
        for (SentenceEmbedderType type : host.plugins().getExtensions(SentenceEmbedderType.class)) {
            if (type.type().equals(embedder)) {
                // the registry is the host's context for plugins (clock, version, data directory)
                return Optional.of(type.create(host.section("embedders." + embedder), host.registry()));
            }
        }
        spec.commandLine().getErr().println("similarity n/a: no sentence embedder '" + embedder + "' is loaded; add the"
                + " similarity-minilm plugin: copy logicminer-similarity-minilm-" + HostVersion.get() + ".zip (built"
                + " beside the distribution's tarball) into " + host.plugins().directory().toAbsolutePath().normalize()
                + "/");
        spec.commandLine().getErr().flush();
        return Optional.empty();
    }

    /**
     * Answers in this process and scores what the axon would send: the category's {@link Category#finalise} (its
     * answer hygiene) runs on every solution, as it does on the miner's request path.
     */
    private static ChallengeAnswerer inProcess(SolvePipeline pipeline, Category category, String categoryName,
                                               MinerHost host) {
        return (challenge, limit) -> {
            long start = System.nanoTime();
            Challenge asked = Challenge.of(challenge.id(), challenge.question(), categoryName, limit, host.clock());
            Solution solution = pipeline.solve(asked);
            Reply reply = category.finalise(asked, solution);
            Duration latency = Duration.ofNanos(System.nanoTime() - start);
            String error = solution.isAnswered() ? null
                    : solution.status().name().toLowerCase(Locale.ROOT).replace("timed_out", "timed out") + ": "
                            + solution.error();
            return new AnswerResult(reply.answer(), reply.reasoning(), latency, error, solution.metadata());
        };
    }

    private ChallengeAnswerer overAxon(MinerHost host, OkHttpClient http, String category) {
        HttpUrl url = HttpUrl.parse(target);
        if (url == null) {
            throw new ParameterException(spec.commandLine(), "--target '" + target + "' is not a URL such as http://1.2.3.4:8091");
        }
        var wallet = host.section("wallet");
        Wallet validator = Wallet.of(wallet.getString("path", Wallet.DEFAULT_PATH), wallet.getString("name", "default"),
                wallet.getString("hotkey", "default"));
        return new AxonAnswerer(new Sr25519RequestSigner(validator.loadHotkey().requireKeypair()), http,
                new AxonTarget(url.host(), url.port(), axonHotkey), category);
    }

}
