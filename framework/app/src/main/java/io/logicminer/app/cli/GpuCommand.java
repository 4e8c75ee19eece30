package io.logicminer.app.cli;

import io.logicminer.app.launch.GpuLauncher;
import io.logicminer.app.launch.LaunchStateFile;
import io.logicminer.app.launch.LaunchedServer;
import io.logicminer.app.launch.PlanPrinter;
import io.logicminer.core.MinerHost;
import io.logicminer.spi.launch.GpuDevice;
import io.logicminer.spi.launch.LaunchException;
import io.logicminer.spi.launch.LaunchPlan;
import io.logicminer.spi.launch.LaunchProfile;
import io.logicminer.spi.launch.ServerState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code logicminer gpu plan | up | status | down}: plan, run and watch the inference server of a launch profile. */
@Command(name = "gpu", description = {"Plan, start and supervise the inference server (vllm serve) of a launch profile.",
        "Profiles: built in (logicminer plugins lists them) or launch.profiles.NAME { ... } in the config."},
        subcommands = {GpuCommand.PlanCommand.class, GpuCommand.UpCommand.class, GpuCommand.StatusCommand.class,
                GpuCommand.DownCommand.class})
final class GpuCommand {

    @ParentCommand
    LogicminerCommand root;

    private static int fail(CommandSpec spec, String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("error: " + message);
        err.flush();
        return 1;
    }

    /** {@code gpu plan}: the estimate table and the exact command. */
    @Command(name = "plan", description = {"Estimate what fits on the GPUs and print the vllm serve command.",
            "Reads the GPUs (nvidia-smi), prints the estimate table and the exact vllm serve command.",
            "Exit 1 when nothing fits (the output says why and what would)."})
    static final class PlanCommand implements Callable<Integer> {

        @ParentCommand
        GpuCommand gpu;

        @Spec
        CommandSpec spec;

        @Option(names = "--profile", paramLabel = "NAME", description = "Profile to plan (default: launch.profile).")
        String profile;

        @Option(names = "--explain", description = "Show the arithmetic behind every row.")
        boolean explain;

        @Option(names = "--assume", paramLabel = "GPUS",
                description = "Plan for GPUs you do not have instead of reading nvidia-smi, e.g. 2x24GB or 1x81920 (MiB).")
        String assume;

        @Option(names = "--all", description = "One line per profile instead of one profile in detail.")
        boolean all;

        @Option(names = "--show-api-key", description = "Print launch.api_key in the command instead of $VLLM_API_KEY.")
        boolean showApiKey;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (MinerHost host = gpu.root.startHost()) {
                GpuLauncher launcher = GpuLauncher.of(host);
                List<GpuDevice> gpus;
                try {
                    gpus = launcher.gpus(Optional.ofNullable(assume));
                } catch (LaunchException e) {
                    return fail(spec, e.getMessage());
                }
                if (all) {
                    for (LaunchProfile each : launcher.profiles().all().values()) {
                        out.println(PlanPrinter.summary(launcher.plan(each, gpus)));
                    }
                    out.flush();
                    return 0;
                }
                LaunchPlan plan = launcher.plan(launcher.profile(Optional.ofNullable(profile)), gpus);
                PlanPrinter.print(plan, launcher.displayedExecutable(), explain, showApiKey, out);
                return plan.fits() ? 0 : 1;
            }
        }
    }

    /** {@code gpu up}: start the server and supervise it in the foreground. */
    @Command(name = "up", description = {"Start the planned server and keep it alive until stopped.",
            "Restarts it with backoff until SIGTERM, Ctrl-C or `logicminer gpu down`.",
            "Logs go to launch.log_file (default <data.dir>/launch/NAME.log)."})
    static final class UpCommand implements Callable<Integer> {

        @ParentCommand
        GpuCommand gpu;

        @Spec
        CommandSpec spec;

        @Option(names = "--profile", paramLabel = "NAME", description = "Profile to start (default: launch.profile).")
        String profile;

        /** Tests get a handle that stops it as SIGTERM would. */
        java.util.function.Consumer<Runnable> stopSignal;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (MinerHost host = gpu.root.startHost()) {
                GpuLauncher launcher = GpuLauncher.of(host);
                LaunchProfile chosen = launcher.profile(Optional.ofNullable(profile));
                Optional<LaunchStateFile> existing = LaunchStateFile.read(launcher.settings().stateDirectory(),
                        chosen.name());
                if (existing.isPresent() && existing.get().supervisorAlive()) {
                    return fail(spec, chosen.name() + " is already up (pid " + existing.get().supervisorPid() + ", "
                            + existing.get().owner() + "); logicminer gpu status");
                }
                LaunchPlan plan;
                try {
                    plan = launcher.plan(chosen, launcher.gpus(Optional.empty()));
                } catch (LaunchException e) {
                    return fail(spec, e.getMessage());
                }
                if (!plan.fits()) {
                    PlanPrinter.print(plan, launcher.displayedExecutable(), false, false, out);
                    return 1;
                }
                CountDownLatch stop = new CountDownLatch(1);
                Runnable restoreSignals = stopSignal != null ? installTestSignal(stop) : StopSignals.install(stop::countDown);
                LaunchedServer server;
                try {
                    server = launcher.start(plan, "gpu up");
                } catch (LaunchException e) {
                    restoreSignals.run();
                    return fail(spec, e.getMessage());
                }
                try (server) {
                    out.println("starting " + plan.profileName() + ": " + plan.commandLine(true));
                    out.println("log: " + server.logFile());
                    out.flush();
                    ServerState state = server.awaitReady(stop);
                    if (state == ServerState.FAILED) {
                        return fail(spec, plan.profileName() + " gave up: " + server.server().lastFailure().orElse("")
                                + " (see " + server.logFile() + ")");
                    }
                    if (state == ServerState.READY) {
                        out.println("ready after " + server.server().lastReadyAfter().map(Duration::toSeconds)
                                .orElse(0L) + " s: base_url " + plan.baseUrl() + ", model " + plan.servedModelName());
                        out.flush();
                    }
                    ServerState last = state;
                    while (!stop.await(1, TimeUnit.SECONDS)) {
                        ServerState now = server.server().state();
                        if (now != last) {
                            out.println(plan.profileName() + ": " + now.name().toLowerCase()
                                    + (now == ServerState.BACKING_OFF ? " (" + server.server().lastFailure().orElse("")
                                    + ")" : ""));
                            out.flush();
                            last = now;
                        }
                        if (now == ServerState.FAILED) {
                            return fail(spec, plan.profileName() + " gave up after repeated crashes: "
                                    + server.server().lastFailure().orElse("") + " (see " + server.logFile() + ")");
                        }
                    }
                    out.println("stopping " + plan.profileName());
                    out.flush();
                } finally {
                    restoreSignals.run();
                }
                return 0;
            }
        }

        private Runnable installTestSignal(CountDownLatch stop) {
            stopSignal.accept(stop::countDown);
            return () -> { };
        }
    }

    /**
     * Waits until {@code process} (not a child of this one) is gone, checking every 100 ms; false after
     * {@code timeout}. (ProcessHandle.onExit() would complete on the common fork-join pool.)
     */
    static boolean awaitGone(ProcessHandle process, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (process.isAlive()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return true;
    }

    /** {@code gpu status}: what runs, from the state files and the server itself. */
    @Command(name = "status", description = {"Show the launched servers and whether they are ready.",
            "For each: supervisor, state, restarts, /health and the served model.",
            "Exit 0 when every one listed is ready, 1 otherwise."})
    static final class StatusCommand implements Callable<Integer> {

        @ParentCommand
        GpuCommand gpu;

        @Spec
        CommandSpec spec;

        @Option(names = "--profile", paramLabel = "NAME", description = "Only this profile.")
        String profile;

        @Override
        public Integer call() throws IOException, InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            try (MinerHost host = gpu.root.startHost()) {
                GpuLauncher launcher = GpuLauncher.of(host);
                Path directory = launcher.settings().stateDirectory();
                List<LaunchStateFile> states = new ArrayList<>();
                String only = profile != null ? profile : launcher.settings().profile();
                if (!only.isBlank()) {
                    LaunchStateFile.read(directory, only).ifPresent(states::add);
                } else if (Files.isDirectory(directory)) {
                    try (var files = Files.list(directory)) {
                        for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
                            LaunchStateFile.read(directory, name).ifPresent(states::add);
                        }
                    }
                }
                if (states.isEmpty()) {
                    out.println((only.isBlank() ? "no launched server" : only + " is not up") + " (state files in "
                            + directory + ")");
                    out.flush();
                    return 1;
                }
                boolean allReady = true;
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
                for (LaunchStateFile state : states) {
                    boolean alive = state.supervisorAlive();
                    String health = alive ? probe(http, state, launcher.settings().apiKey()) : "-";
                    boolean ready = alive && health.startsWith("ready");
                    allReady &= ready;
                    out.printf("%s: %s%n  supervisor pid %d (%s)%s, server pid %s, restarts %d%n  %s, model %s: %s%n"
                                    + "  log %s%n",
                            state.profile(), alive ? state.state().toLowerCase() : "not running (stale state file)",
                            state.supervisorPid(), state.owner(), alive ? "" : " gone",
                            state.serverPid() == 0 ? "-" : String.valueOf(state.serverPid()), state.restarts(),
                            state.baseUrl(), state.servedModelName(), health, state.logFile());
                }
                out.flush();
                return allReady ? 0 : 1;
            }
        }

        private static String probe(HttpClient http, LaunchStateFile state, String apiKey) throws InterruptedException {
            String root = state.baseUrl().replaceFirst("/v1$", "");
            try {
                int health = http.send(HttpRequest.newBuilder(URI.create(root + "/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (health != 200) {
                    return "/health " + health + (health == 503 ? " (engine dead)" : "");
                }
                HttpRequest.Builder models = HttpRequest.newBuilder(URI.create(root + "/v1/models"))
                        .timeout(Duration.ofSeconds(5));
                if (!apiKey.isBlank()) {
                    models.header("Authorization", "Bearer " + apiKey);
                }
                HttpResponse<String> listed = http.send(models.build(), HttpResponse.BodyHandlers.ofString());
                if (listed.statusCode() != 200) {
                    return "/health 200, /v1/models " + listed.statusCode();
                }
                return listed.body().contains("\"" + state.servedModelName() + "\"") ? "ready (/health 200, model listed)"
                        : "/health 200, model not listed yet";
            } catch (IOException e) {
                return "not answering (" + e.getClass().getSimpleName() + ")";
            }
        }
    }

    /** {@code gpu down}: stop a server started by {@code gpu up}. */
    @Command(name = "down", description = {"Stop the server started by `logicminer gpu up`.",
            "Sends SIGTERM to its supervisor, which stops the server (SIGTERM, SIGKILL after launch.stop_grace)."})
    static final class DownCommand implements Callable<Integer> {

        @ParentCommand
        GpuCommand gpu;

        @Spec
        CommandSpec spec;

        @Option(names = "--profile", paramLabel = "NAME", description = "Profile to stop (default: launch.profile).")
        String profile;

        @Option(names = "--force", description = "Also stop a server that a running `logicminer mine` supervises:"
                + " the SIGTERM goes to that miner, so it stops that miner too (it drains and exits).")
        boolean force;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (MinerHost host = gpu.root.startHost()) {
                GpuLauncher launcher = GpuLauncher.of(host);
                String name = profile != null ? profile : launcher.profile(Optional.empty()).name();
                Path directory = launcher.settings().stateDirectory();
                Optional<LaunchStateFile> found = LaunchStateFile.read(directory, name);
                if (found.isEmpty()) {
                    out.println(name + " is not up");
                    out.flush();
                    return 0;
                }
                LaunchStateFile state = found.get();
                Duration wait = launcher.settings().stopGrace().plusSeconds(30);
                if (state.supervisorAlive()) {
                    if (state.owner().equals("mine") && !force) {
                        return fail(spec, name + " belongs to a running `logicminer mine` (pid " + state.supervisorPid()
                                + "): stop the miner, or pass --force (which stops the miner too)");
                    }
                    ProcessHandle supervisor = ProcessHandle.of(state.supervisorPid()).orElseThrow();
                    out.println("stopping " + name + " (SIGTERM to pid " + state.supervisorPid() + ")");
                    out.flush();
                    supervisor.destroy();
                    if (!awaitGone(supervisor, wait)) {
                        return fail(spec, "pid " + state.supervisorPid() + " still runs after " + wait.toSeconds()
                                + " s");
                    }
                }
                // A supervisor that died without cleaning up may have left its server running.
                Optional<ProcessHandle> orphan = state.serverPid() == 0 ? Optional.empty()
                        : ProcessHandle.of(state.serverPid()).filter(ProcessHandle::isAlive)
                        // a pid is reused once its process is gone: only stop what still looks like the server
                        .filter(p -> p.info().commandLine().map(c -> c.contains("serve")).orElse(false));
                if (orphan.isPresent()) {
                    out.println("stopping the orphaned server (pid " + state.serverPid() + ")");
                    orphan.get().destroy();
                    if (!awaitGone(orphan.get(), launcher.settings().stopGrace())) {
                        orphan.get().destroyForcibly();
                    }
                }
                Files.deleteIfExists(LaunchStateFile.path(directory, name));
                out.println(name + " is down");
                out.flush();
                return 0;
            }
        }
    }
}
