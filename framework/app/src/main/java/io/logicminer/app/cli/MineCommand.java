package io.logicminer.app.cli;

import io.logicminer.bittensor.dendrite.AxonTarget;
import io.logicminer.bittensor.verification.Sr25519RequestSigner;
import io.logicminer.core.MinerHost;
import io.logicminer.core.config.ConfigOverrides;
import io.logicminer.app.launch.GpuLauncher;
import io.logicminer.app.launch.LaunchSettings;
import io.logicminer.app.launch.LaunchedModelCheck;
import io.logicminer.app.launch.LaunchedServer;
import io.logicminer.app.launch.PlanPrinter;
import io.logicminer.app.mining.AxonAnswerer;
import io.logicminer.app.mining.LocalNetwork;
import io.logicminer.app.mining.LocalValidator;
import io.logicminer.app.mining.MinerNode;
import io.logicminer.app.mining.NotRegisteredException;
import io.logicminer.subtensor.chain.SubtensorException;
import io.logicminer.evaluation.challenge.ChallengeFile;
import io.logicminer.evaluation.challenge.GeneratedChallenges;
import io.logicminer.evaluation.profile.JudgeSetup;
import io.logicminer.evaluation.profile.ValidatorProfiles;
import io.logicminer.evaluation.run.EvalChallenge;
import io.logicminer.evaluation.run.EvaluationRun;
import io.logicminer.evaluation.run.ValidatorPanel;
import io.logicminer.spi.category.Category;
import io.logicminer.spi.launch.LaunchException;
import io.logicminer.spi.launch.LaunchPlan;
import io.logicminer.spi.launch.LaunchProfile;
import io.logicminer.spi.launch.ServerState;
import okhttp3.OkHttpClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@code logicminer mine}: serve validators through the axon until stopped; {@code --local} brings its own. */
@Command(name = "mine", description = {"Serve LogicNet validators through a bittensor axon until stopped.",
        "SIGTERM/Ctrl-C drains in-flight requests. Takes the reference miner's flags, e.g. --netuid 35",
        "--wallet.name W --wallet.hotkey H --axon.port 8091 --miner.epoch_volume 50; --subtensor.network offline",
        "--metagraph.file F runs without a chain.",
        "--local runs the whole job on this box: dev wallets for a miner and a validator, a static metagraph",
        "holding both, the axon on loopback, and a local validator sending signed challenges to it.",
        "With launch.profile set (e.g. --launch.profile qwen2-7b-instruct) it first starts that vllm server, waits",
        "until it serves, and answers with it as the chat model 'default' (see logicminer gpu)."})
final class MineCommand implements Callable<Integer> {

    @ParentCommand
    LogicminerCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--solver", paramLabel = "NAME", description = "Solver to use instead of miner.solver.")
    String solver;

    @Option(names = "--local", description = "Run a local validator against this miner (no chain, no GPU needed).")
    boolean local;

    @Option(names = "--count", paramLabel = "N", description = "With --local: stop after N challenges (default: until Ctrl-C).")
    Integer count;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "2s",
            description = "With --local: pause between challenges (default: ${DEFAULT-VALUE}).")
    String interval;

    @Option(names = "--challenges", paramLabel = "FILE",
            description = "With --local: JSONL challenges with ground truth (id, question, ground_truth, topic, subtopic)."
                    + " Default: the category's generator, else conf/logic-sample.jsonl.")
    Path challenges;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "35", description = "With --local: generator seed.")
    long seed;

    /** Tests get a handle that stops the miner as SIGTERM would. */
    java.util.function.Consumer<Runnable> stopSignal;

    @Override
    public Integer call() throws Exception {
        if (!local && (count != null || challenges != null)) {
            throw new ParameterException(spec.commandLine(), "--count and --challenges need --local");
        }
        if (count != null && count < 1) {
            throw new ParameterException(spec.commandLine(), "--count must be at least 1, got " + count);
        }
        Duration pause = DurationOption.parse(spec.commandLine(), "--interval", interval, true);
        LocalNetwork network = null;
        ConfigOverrides overrides = root.overrides();
        if (local) {
            Path dataDir = Path.of(new io.logicminer.config.TypesafeComponentConfig(root.bootstrapConfig(), "data")
                    .getString("dir", Path.of(System.getProperty("user.home"), ".logicminer").toString()));
            network = LocalNetwork.prepare(dataDir.resolve("local"));
            // The local validator prints a line per challenge; the axon's own per-request lines would double them.
            Logging.level("io.logicminer.axon", ch.qos.logback.classic.Level.WARN);
            Logging.level("io.logicminer.bittensor.axon", ch.qos.logback.classic.Level.WARN);
            overrides = overrides.withDefaults(network.minerOverrides());
        }
        String launchProfile = new io.logicminer.config.TypesafeComponentConfig(root.bootstrapConfig(),
                LaunchSettings.SECTION).getString("profile", "");
        if (!launchProfile.isBlank()) {
            // The chat model named "default" (miner.llm_client) talks to the server this command brings up; a
            // --miner.llm_client.* flag on the command line still wins (bringUp then refuses a base_url, endpoint
            // pool or model that leaves the server unused).
            LaunchSettings launch = LaunchSettings.read(new io.logicminer.config.TypesafeComponentConfig(
                    root.bootstrapConfig(), LaunchSettings.SECTION), Path.of("."));
            overrides = overrides.withDefaults(launch.chatModelOverrides(launchProfile));
        }
        MinerHost host = MinerHost.start(overrides, Optional.ofNullable(root.configFile));
        LaunchedServer launched = null;
        if (!launchProfile.isBlank()) {
            try {
                launched = bringUp(host);
            } catch (RuntimeException | InterruptedException e) {
                host.close();
                throw e;
            }
            if (launched == null) {
                host.close();
                return 1;
            }
        }
        LaunchedServer server = launched;
        MinerNode node;
        try {
            node = MinerNode.start(host, Optional.ofNullable(solver));
        } catch (NotRegisteredException e) {
            closeQuietly(server);
            host.close();
            spec.commandLine().getErr().println("error: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        } catch (SubtensorException e) {
            closeQuietly(server);
            host.close();
            spec.commandLine().getErr().println("chain error: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        } catch (RuntimeException e) {
            closeQuietly(server);
            host.close();
            throw e;
        }
        PrintWriter out = spec.commandLine().getOut();
        node.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        out.println("axon listening on port " + node.port() + " as " + node.hotkey() + ", solver " + node.solverName()
                + (node.metricsPort() > 0 ? ", metrics on http://localhost:" + node.metricsPort() + "/metrics" : ""));
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean closed = new AtomicBoolean();
        Runnable shutdown = () -> {
            if (closed.compareAndSet(false, true)) {
                try {
                    node.close();
                    closeQuietly(server);
                    host.close();
                } finally {
                    stopped.countDown();
                }
            }
        };
        Thread hook = new Thread(shutdown, "logicminer-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        if (!local) {
            // SIGTERM/SIGINT stop the miner here rather than through the JVM's shutdown (which exits 143/130):
            // a clean stop exits 0, so systemd and pm2 do not count it as a crash.
            CountDownLatch signalled = new CountDownLatch(1);
            Runnable restoreSignals;
            if (stopSignal != null) {
                stopSignal.accept(signalled::countDown);
                restoreSignals = () -> { };
            } else {
                restoreSignals = StopSignals.install(signalled::countDown);
            }
            try {
                signalled.await();
            } finally {
                restoreSignals.run();
            }
            out.println("stopping: draining in-flight requests");
            out.flush();
            shutdown.run();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook ran (or runs) anyway; closing is idempotent
            }
            return 0;
        }
        runLocalValidator(host, node, network, pause, out, stopped);
        return 0;
    }

    /**
     * Plans and starts {@code launch.profile}'s server and waits until it serves; null (after printing why) when it
     * does not fit or gives up.
     */
    private LaunchedServer bringUp(MinerHost host) throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GpuLauncher launcher = GpuLauncher.of(host);
        LaunchProfile profile = launcher.profile(Optional.empty());
        LaunchPlan plan;
        try {
            plan = launcher.plan(profile, launcher.gpus(Optional.empty()));
        } catch (LaunchException e) {
            err.println("error: launch.profile = " + profile.name() + ": " + e.getMessage());
            err.flush();
            return null;
        }
        if (!plan.fits()) {
            PlanPrinter.print(plan, launcher.displayedExecutable(), false, false, err);
            return null;
        }
        // Before the GPUs are taken: a config that sends the default model elsewhere would leave the server unused.
        LaunchedModelCheck.requireDefaultModelUses(host.config(), plan);
        LaunchedServer launched;
        try {
            launched = launcher.start(plan, "mine");
        } catch (LaunchException e) {
            err.println("error: launch.profile = " + profile.name() + ": " + e.getMessage());
            err.flush();
            return null;
        }
        out.println("launching " + profile.name() + ": " + plan.commandLine(true));
        out.println("waiting for it to serve " + plan.servedModelName() + " at " + plan.baseUrl() + " (log: "
                + launched.logFile() + ")");
        out.flush();
        ServerState state = launched.awaitReady(new CountDownLatch(1));
        if (state != ServerState.READY) {
            err.println("error: " + profile.name() + " did not come up: " + launched.server().lastFailure().orElse(
                    state.name()) + " (see " + launched.logFile() + ")");
            err.flush();
            launched.close();
            return null;
        }
        out.println(profile.name() + " ready after " + launched.server().lastReadyAfter().map(Duration::toSeconds)
                .orElse(0L) + " s");
        out.flush();
        return launched;
    }

    private static void closeQuietly(LaunchedServer server) {
        if (server != null) {
            server.close();
        }
    }

    private void runLocalValidator(MinerHost host, MinerNode node, LocalNetwork network, Duration pause,
                                   PrintWriter out, CountDownLatch stopped) throws Exception {
        String categoryName = host.section("miner").getString("category", "Logic");
        Category category = host.registry().category(categoryName);
        List<EvalChallenge> pool = challengePool(category);
        Duration timeout = host.section("miner").getDuration("timeout", Duration.ofSeconds(64));
        OkHttpClient http = new OkHttpClient();
        // The same evaluation run as `eval --target`, over the axon, with eval's validator profiles (headline: the
        // default, today's validators; the miner's own epoch_volume for the multiplier): no judge LLM (undecided
        // answers use the category's equivalence test as a stand-in), no reference LLM (so no similarity term),
        // one challenge at a time.
        ValidatorPanel panel = ValidatorPanel.of(ValidatorProfiles.DEFAULT, JudgeSetup.withoutJudge(),
                host.section("miner").getInt("epoch_volume", 50));
        EvaluationRun run = new EvaluationRun(new AxonAnswerer(new Sr25519RequestSigner(network.validator()), http,
                new AxonTarget("127.0.0.1", node.port(), node.hotkey()), categoryName),
                panel, category::equivalent, Optional.empty(), timeout, 1);
        LocalValidator validator = new LocalValidator(run, out);
        out.println("local validator " + network.validator().ss58Address() + " sending " + (count == null
                ? "challenges until Ctrl-C" : count + " challenges") + " (" + pool.size() + " in the pool)");
        out.flush();
        Thread printer = new Thread(() -> {
            out.println("summary: " + validator.summary().line());
            out.flush();
        }, "logicminer-summary");
        Runtime.getRuntime().addShutdownHook(printer);
        try {
            validator.run(pool, count, pause, stopped);
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        if (stopped.getCount() == 0) {
            return; // stopping: the shutdown hook prints the summary
        }
        Runtime.getRuntime().removeShutdownHook(printer);
        out.println("summary: " + validator.summary().line());
        out.flush();
    }

    private List<EvalChallenge> challengePool(Category category) throws java.io.IOException {
        if (challenges != null) {
            return shuffled(ChallengeFile.read(challenges));
        }
        if (category.generator().isPresent()) {
            return GeneratedChallenges.generate(category.generator().get(), Math.max(count == null ? 500 : count, 1),
                    seed);
        }
        Path home = Path.of(System.getProperty("logicminer.home", "."));
        for (Path candidate : List.of(home.resolve("conf/logic-sample.jsonl"), Path.of("conf/logic-sample.jsonl"))) {
            if (java.nio.file.Files.isRegularFile(candidate)) {
                return shuffled(ChallengeFile.read(candidate));
            }
        }
        throw new ParameterException(spec.commandLine(), "no challenges: the category has no generator and "
                + "conf/logic-sample.jsonl is missing; pass --challenges FILE");
    }

    private List<EvalChallenge> shuffled(List<EvalChallenge> read) {
        List<EvalChallenge> pool = new java.util.ArrayList<>(read);
        java.util.Collections.shuffle(pool, new java.util.Random(seed));
        return pool;
    }

}
