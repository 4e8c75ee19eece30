package io.logicminer.launch.vllm;

import io.logicminer.spi.launch.LaunchException;
import io.logicminer.spi.launch.LaunchPlan;
import io.logicminer.spi.launch.ServerState;
import io.logicminer.spi.launch.SupervisedServer;
import io.logicminer.spi.launch.SupervisorSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs {@code vllm serve} and keeps it serving. One platform thread per server watches it: it spawns the process
 * (stdout and stderr into a {@link RotatingLogFile}), probes /health and /v1/models every poll interval, and on a
 * crash (the process exits, /health says 503, or it is not ready within the ready timeout) waits
 * {@code initialBackoff × 2^(n-1)} (at most {@code maxBackoff}) and starts it again, until {@code crashLoopLimit}
 * crashes in a row without staying ready for {@link #STAYED_READY}. {@link #close()} sends SIGTERM, waits the grace
 * period, then SIGKILLs the process and whatever it spawned; what it spawned is stopped too when it exits on its own.
 * It refuses to start when the port is already taken.
 */
final class VllmSupervisor implements SupervisedServer {

    private static final Logger LOG = LoggerFactory.getLogger(VllmSupervisor.class);

    /** How long a server must have stayed ready for its crash to reset the count of crashes in a row. */
    static final Duration STAYED_READY = Duration.ofSeconds(60);

    /** What woke the watching thread. */
    private enum Wakeup { EXITED, STOP }

    private final LaunchPlan plan;
    private final SupervisorSettings settings;
    private final List<String> argv;
    private final Map<String, String> environment;
    private final Clock clock;
    private final ServerProbe probe;
    private final RotatingLogFile log;
    private final BlockingQueue<Wakeup> wakeups = new LinkedBlockingQueue<>();
    private final Thread watcher;

    private volatile boolean stopRequested;
    private ServerState state = ServerState.STARTING;
    private int restarts;
    private Duration lastReadyAfter;
    private Process process;
    private final List<Duration> backoffs = new ArrayList<>();
    private String lastFailure;
    /**
     * Every process the current server was seen to have started (engine cores, Ray workers), collected at each
     * poll: once the server itself is gone its children are re-parented and no longer its descendants, so they
     * must be remembered to be stopped. Only the watching thread uses it.
     */
    private final Set<ProcessHandle> startedByServer = new LinkedHashSet<>();

    private VllmSupervisor(LaunchPlan plan, SupervisorSettings settings, List<String> argv,
                           Map<String, String> environment, Clock clock, RotatingLogFile log) {
        this.plan = plan;
        this.settings = settings;
        this.argv = argv;
        this.environment = environment;
        this.clock = clock;
        this.log = log;
        this.probe = new ServerProbe(plan.baseUrl(), plan.apiKey(), plan.servedModelName(),
                settings.pollInterval().compareTo(Duration.ofSeconds(5)) > 0 ? settings.pollInterval()
                        : Duration.ofSeconds(5));
        this.watcher = Thread.ofPlatform().daemon().name("vllm-supervisor-" + plan.profileName()).unstarted(this::watch);
    }

    /** Resolves the executable, opens the log and starts watching. */
    static VllmSupervisor start(LaunchPlan plan, SupervisorSettings settings, Clock clock) {
        if (!plan.fits()) {
            throw new LaunchException(plan.profileName() + " does not fit: " + String.join("; ", plan.problems()));
        }
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.putAll(settings.environment());
        environment.putAll(plan.environment());
        String executable = resolveExecutable(settings, environment);
        checkPortFree(plan);
        List<String> argv = new ArrayList<>(plan.command());
        argv.set(0, executable);
        RotatingLogFile log;
        try {
            log = new RotatingLogFile(settings.logFile(), settings.logMaxBytes(), settings.logFiles());
        } catch (IOException e) {
            throw new LaunchException("cannot open the server log " + settings.logFile() + ": " + e.getMessage()
                    + "; set launch.log_file to a writable path", e);
        }
        VllmSupervisor supervisor = new VllmSupervisor(plan, settings, List.copyOf(argv), Map.copyOf(environment),
                clock, log);
        supervisor.watcher.start();
        return supervisor;
    }

    /**
     * The executable to run: a path as given; a bare name from the virtualenv's {@code bin/} (which also goes first
     * on the {@code PATH}) or else from the {@code PATH}.
     */
    static String resolveExecutable(SupervisorSettings settings, Map<String, String> environment) {
        String executable = settings.executable();
        if (settings.virtualenv().isPresent()) {
            Path bin = settings.virtualenv().get().resolve("bin");
            environment.put("VIRTUAL_ENV", settings.virtualenv().get().toString());
            environment.put("PATH", bin + File.pathSeparator + environment.getOrDefault("PATH", ""));
            if (!executable.contains("/")) {
                executable = bin.resolve(executable).toString();
            }
        }
        if (executable.contains("/")) {
            if (!Files.isExecutable(Path.of(executable))) {
                throw new LaunchException(executable + " is not an executable file: set launch.executable (or"
                        + " launch.virtualenv) to where vLLM is installed (pip install vllm)");
            }
            return executable;
        }
        String path = environment.getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, executable))) {
                return Path.of(directory, executable).toString();
            }
        }
        throw new LaunchException("'" + executable + "' is not on the PATH (" + path + "): install vLLM (pip install"
                + " vllm), or set launch.executable to its path or launch.virtualenv to the environment it is in");
    }

    /**
     * Fails if something already listens on the server's host and port. Otherwise that server (an orphaned vLLM
     * from a killed miner, say, listing the same model) would answer the probes as if ours were ready while ours
     * exits with "Address already in use".
     */
    static void checkPortFree(LaunchPlan plan) {
        URI base = URI.create(plan.baseUrl());
        String host = option(plan.command(), "--host").orElse(base.getHost());
        String port = option(plan.command(), "--port").orElse(String.valueOf(base.getPort()));
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // as uvicorn does: connections in TIME_WAIT do not block it
            socket.bind(new InetSocketAddress(host, Integer.parseInt(port)));
        } catch (IOException | IllegalArgumentException e) {
            throw new LaunchException("cannot listen on " + host + ":" + port + " (" + e.getMessage() + "): the port"
                    + " is taken, perhaps by a vLLM left running by an earlier miner; stop it with 'logicminer gpu"
                    + " down', or set launch.port to a free port", e);
        }
    }

    private static Optional<String> option(List<String> command, String flag) {
        int at = command.indexOf(flag);
        return at >= 0 && at + 1 < command.size() ? Optional.of(command.get(at + 1)) : Optional.empty();
    }

    private void watch() {
        int crashesInARow = 0;
        try {
            while (!stopRequested) {
                Instant spawned = clock.instant();
                Process running;
                try {
                    running = spawn();
                } catch (IOException e) {
                    running = null;
                    lastFailure("cannot start " + argv.get(0) + ": " + e.getMessage());
                }
                boolean reachedReady = false;
                if (running != null) {
                    RunOutcome outcome = supervise(running, spawned);
                    if (outcome == RunOutcome.STOPPED) {
                        break;
                    }
                    reachedReady = outcome == RunOutcome.CRASHED_AFTER_READY;
                }
                crashesInARow = reachedReady ? 1 : crashesInARow + 1;
                if (crashesInARow >= settings.crashLoopLimit()) {
                    logLine("giving up after " + crashesInARow + " crashes in a row (launch.restart.crash_loop_limit):"
                            + " " + lastFailure().orElse(""));
                    LOG.error("{}: giving up after {} crashes in a row; last: {}; log: {}", plan.profileName(),
                            crashesInARow, lastFailure().orElse(""), settings.logFile());
                    setState(ServerState.FAILED);
                    return;
                }
                Duration backoff = backoff(crashesInARow);
                synchronized (this) {
                    backoffs.add(backoff);
                }
                setState(ServerState.BACKING_OFF);
                logLine("restarting in " + backoff.toMillis() + " ms (crash " + crashesInARow + " in a row)");
                LOG.warn("{}: {}; restarting in {} ms", plan.profileName(), lastFailure().orElse("crashed"),
                        backoff.toMillis());
                if (stoppedDuring(backoff)) {
                    break;
                }
                synchronized (this) {
                    restarts++;
                }
                setState(ServerState.STARTING);
            }
            setState(ServerState.STOPPED);
        } catch (InterruptedException e) {
            Process current = currentProcess();
            if (current != null) {
                terminate(current);
            }
            setState(ServerState.STOPPED);
        } catch (Throwable failure) {
            // Anything else (a bug, an Error such as StackOverflowError) must not leave vLLM running unwatched:
            // close() only joins this thread, so nobody else would ever stop it.
            LOG.error("{}: the supervisor failed; stopping the server: {}", plan.profileName(), failure.toString(),
                    failure);
            try {
                Process current = currentProcess();
                if (current != null) {
                    terminate(current);
                }
            } finally {
                lastFailure("supervisor failed: " + failure);
                setState(ServerState.FAILED);
            }
        } finally {
            try {
                log.close();
            } catch (IOException ignored) {
                // the log is best effort once the server is gone
            }
        }
    }

    Duration backoff(int crashesInARow) {
        Duration backoff = settings.initialBackoff();
        for (int i = 1; i < crashesInARow && backoff.compareTo(settings.maxBackoff()) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        return backoff.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : backoff;
    }

    private enum RunOutcome { STOPPED, CRASHED, CRASHED_AFTER_READY }

    private Process spawn() throws IOException {
        logLine("starting: " + plan.commandLine(true).replaceFirst("^\\S+", argv.get(0)));
        ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process started = builder.start();
        startedByServer.clear();
        synchronized (this) {
            process = started;
        }
        // Process.onExit() completes on the common fork-join pool, which a busy host may have exhausted (it has
        // one thread on a two-core box): this thread copies the output and then waits for the exit itself.
        Thread.ofPlatform().daemon().name("vllm-log-" + started.pid()).start(() -> pumpThenAwaitExit(started));
        return started;
    }

    /**
     * Copies the process's output into the log until it ends. A failed write (disk full, a rotation that cannot
     * move a file, the log closed at shutdown) drops that chunk but keeps draining: a pipe nobody reads fills up,
     * and vLLM then blocks on its next print and stops answering /health.
     */
    private void pumpThenAwaitExit(Process started) {
        byte[] buffer = new byte[8192];
        long dropped = 0;
        IOException firstFailure = null;
        try (InputStream output = started.getInputStream()) {
            int read;
            while ((read = output.read(buffer)) >= 0) {
                try {
                    log.write(buffer, 0, read);
                } catch (IOException e) {
                    if (firstFailure == null && !stopRequested) {
                        LOG.warn("{}: cannot write the server log {} ({}); dropping its output until it can",
                                plan.profileName(), settings.logFile(), e.toString());
                    }
                    if (firstFailure == null) {
                        firstFailure = e;
                    }
                    dropped += read;
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
        if (dropped > 0 && !stopRequested) {
            LOG.warn("{}: {} bytes of output from process {} were not logged; first failure: {}",
                    plan.profileName(), dropped, started.pid(), firstFailure.toString());
        }
        try {
            started.waitFor();
            wakeups.offer(Wakeup.EXITED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private RunOutcome supervise(Process running, Instant spawned) throws InterruptedException {
        boolean ready = false;
        Instant readySince = null;
        boolean stayedReady = false;
        Instant notReadySince = spawned;
        while (true) {
            if (stopRequested) {
                stop(running);
                return RunOutcome.STOPPED;
            }
            if (!running.isAlive()) {
                lastFailure("exited with status " + running.exitValue());
                stopWhatItStarted();
                return crashed(stayedReady, readySince);
            }
            ServerProbe.Health health = probe.probe();
            // after the probe: whatever it started before it answered is known before it counts as ready
            running.descendants().forEach(startedByServer::add);
            if (!running.isAlive()) {
                continue;
            }
            Instant now = clock.instant();
            switch (health) {
                case READY -> {
                    if (!ready) {
                        ready = true;
                        readySince = now;
                        synchronized (this) {
                            lastReadyAfter = Duration.between(spawned, now);
                        }
                        logLine("ready after " + lastReadyAfter().orElseThrow().toMillis() + " ms");
                        LOG.info("{}: {} serves {} at {}", plan.profileName(), plan.checkpoint(),
                                plan.servedModelName(), plan.baseUrl());
                        setState(ServerState.READY);
                    }
                }
                case ENGINE_DEAD -> {
                    lastFailure("engine died (/health answered 503)");
                    terminate(running);
                    return crashed(stayedReady, readySince);
                }
                default -> {
                    if (ready) {
                        ready = false;
                        stayedReady |= Duration.between(readySince, now).compareTo(STAYED_READY) >= 0;
                        readySince = null;
                        notReadySince = now;
                        logLine("not serving any more: " + probe.lastProblem());
                        setState(ServerState.STARTING);
                    }
                    if (Duration.between(notReadySince, now).compareTo(settings.readyTimeout()) > 0) {
                        lastFailure("not ready within " + settings.readyTimeout() + " (launch.ready_timeout): "
                                + probe.lastProblem());
                        terminate(running);
                        return crashed(stayedReady, readySince);
                    }
                }
            }
            if (waitFor(settings.pollInterval()) == Wakeup.STOP) {
                stop(running);
                return RunOutcome.STOPPED;
            }
        }
    }

    /**
     * How a run that ended counts: after it served for {@link #STAYED_READY} (in one stretch) the crash counter
     * starts again; a server that was ready only briefly (say, another server on the port answered for it while
     * ours failed to bind) is one more crash in a row.
     */
    private RunOutcome crashed(boolean stayedReady, Instant readySince) {
        boolean served = stayedReady || readySince != null
                && Duration.between(readySince, clock.instant()).compareTo(STAYED_READY) >= 0;
        return served ? RunOutcome.CRASHED_AFTER_READY : RunOutcome.CRASHED;
    }

    /** Waits for the process to exit, a stop request, or the timeout; null on timeout. */
    private Wakeup waitFor(Duration timeout) throws InterruptedException {
        if (stopRequested) {
            return Wakeup.STOP;
        }
        Wakeup wakeup = wakeups.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        return stopRequested ? Wakeup.STOP : wakeup;
    }

    /**
     * Waits out the backoff; true if a stop came first. Only a stop ends it early: an EXITED posted by the previous
     * process's output thread after the watcher had already moved on (a crash seen by polling, or terminate()) is
     * stale and must not start the next run at once.
     */
    private boolean stoppedDuring(Duration backoff) throws InterruptedException {
        long deadline = System.nanoTime() + backoff.toNanos();
        while (!stopRequested) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wakeups.poll(left, TimeUnit.NANOSECONDS); // EXITED is ignored; STOP comes with stopRequested
        }
        return true;
    }

    /** For tests: a wakeup as the output thread posts it when a process exits, possibly late. */
    void wakeUpAsIfAProcessExited() {
        wakeups.offer(Wakeup.EXITED);
    }

    /** For tests: wakeups not taken by the watching thread yet. */
    int pendingWakeups() {
        return wakeups.size();
    }

    private void stop(Process running) {
        setState(ServerState.STOPPING);
        logLine("stopping: SIGTERM, SIGKILL after " + settings.stopGrace().toMillis() + " ms");
        terminate(running);
    }

    /** SIGTERM, the grace period, then SIGKILL to the process and everything it spawned. */
    private void terminate(Process running) {
        List<ProcessHandle> tree = new ArrayList<>(running.descendants().toList());
        tree.addAll(startedByServer);
        startedByServer.clear();
        running.destroy();
        try {
            if (!running.waitFor(settings.stopGrace().toNanos(), TimeUnit.NANOSECONDS)) {
                logLine("still running after " + settings.stopGrace().toMillis() + " ms: SIGKILL");
                tree.addAll(running.descendants().toList());
                running.destroyForcibly();
            }
        } catch (InterruptedException e) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        // Whatever it spawned (engine cores, Ray workers) must not outlive it and hold on to GPU memory.
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        try {
            if (!running.waitFor(settings.stopGrace().toNanos(), TimeUnit.NANOSECONDS)) {
                LOG.warn("{}: process {} did not exit after SIGKILL", plan.profileName(), running.pid());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (process == running) {
                process = null;
            }
        }
        wakeups.remove(Wakeup.EXITED);
    }

    /**
     * After the server exited on its own: SIGTERM to whatever it started that is still running (they would hold on
     * to GPU memory and the port), the grace period, then SIGKILL.
     */
    private void stopWhatItStarted() {
        List<ProcessHandle> alive = startedByServer.stream().filter(ProcessHandle::isAlive).toList();
        startedByServer.clear();
        if (alive.isEmpty()) {
            return;
        }
        logLine("still running after the server exited: " + alive.stream().map(h -> String.valueOf(h.pid())).toList()
                + ": SIGTERM, SIGKILL after " + settings.stopGrace().toMillis() + " ms");
        alive.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + settings.stopGrace().toNanos();
        while (alive.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline
                && !Thread.currentThread().isInterrupted()) {
            // these are not our children: no waitFor, and onExit would need the common pool
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        alive.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private synchronized Process currentProcess() {
        return process;
    }

    private void logLine(String text) {
        try {
            log.line("--- logicminer " + clock.instant() + ": " + text);
        } catch (IOException e) {
            LOG.debug("cannot write the server log: {}", e.getMessage());
        }
    }

    private synchronized void lastFailure(String failure) {
        lastFailure = failure;
        logLine(failure);
    }

    private synchronized void setState(ServerState next) {
        state = next;
        notifyAll();
    }

    @Override
    public LaunchPlan plan() {
        return plan;
    }

    @Override
    public synchronized ServerState state() {
        return state;
    }

    @Override
    public synchronized int restarts() {
        return restarts;
    }

    @Override
    public synchronized Optional<Duration> lastReadyAfter() {
        return Optional.ofNullable(lastReadyAfter);
    }

    @Override
    public synchronized OptionalLong pid() {
        return process == null || !process.isAlive() ? OptionalLong.empty() : OptionalLong.of(process.pid());
    }

    @Override
    public synchronized List<Duration> backoffs() {
        return List.copyOf(backoffs);
    }

    @Override
    public synchronized Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    @Override
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (state != ServerState.READY && !state.terminal()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return state == ServerState.READY;
        }
    }

    @Override
    public boolean awaitState(ServerState wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (state != wanted) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        }
    }

    @Override
    public void close() {
        stopRequested = true;
        wakeups.offer(Wakeup.STOP);
        boolean interrupted = false;
        while (watcher.isAlive()) {
            try {
                watcher.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
