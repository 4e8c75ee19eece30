package io.logicminer.launch.vllm;

import io.logicminer.spi.launch.LaunchException;
import io.logicminer.spi.launch.LaunchPlan;
import io.logicminer.spi.launch.LaunchRequest;
import io.logicminer.spi.launch.ServerState;
import io.logicminer.spi.launch.SupervisorSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The supervisor running the fake {@code vllm} (a real process serving /health and /v1/models on a real port) from
 * the PATH: readiness, restarts with backoff, the crash-loop limit, a dead engine, SIGTERM and SIGKILL.
 */
class VllmSupervisorTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private Path bin;
    private Path state;
    private int port;
    private final List<VllmSupervisor> started = new ArrayList<>();

    @BeforeEach
    void fakes() throws IOException {
        bin = dir.resolve("bin");
        state = Files.createDirectories(dir.resolve("fake"));
        FakeExecutables.vllm(bin);
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
    }

    @AfterEach
    void stopAll() {
        started.forEach(VllmSupervisor::close);
    }

    private LaunchPlan plan() {
        LaunchRequest request = new LaunchRequest(List.of(), 1, 0, 0, 0, 0, Optional.empty(), "auto", "127.0.0.1",
                port, "s3cret", "qwen2-7b-instruct", List.of());
        return VllmPlanner.plan("qwen2-7b-instruct", new SeedProfiles.Qwen2SevenBInstruct().model(),
                NvidiaSmi.parse("0, NVIDIA GeForce RTX 4090, 24564, 1"), request, "vllm");
    }

    private SupervisorSettings settings(Duration initialBackoff, int crashLoopLimit, Duration grace) {
        return new SupervisorSettings("vllm", Optional.empty(), dir.resolve("logs/vllm.log"), 1 << 20, 2, WAIT,
                Duration.ofMillis(50), initialBackoff, initialBackoff.multipliedBy(4), crashLoopLimit, grace,
                Map.of("PATH", bin + ":" + System.getenv("PATH"), "FAKE_VLLM_DIR", state.toString()));
    }

    private VllmSupervisor start(SupervisorSettings settings) {
        VllmSupervisor supervisor = VllmSupervisor.start(plan(), settings, Clock.systemUTC());
        started.add(supervisor);
        return supervisor;
    }

    private String log() throws IOException {
        return Files.readString(dir.resolve("logs/vllm.log"));
    }

    @Test
    void becomesReadyOnlyOnceTheSlowStartServesTheModel() throws Exception {
        Files.writeString(state.resolve("slow"), "");
        VllmSupervisor server = start(settings(Duration.ofMillis(10), 3, Duration.ofSeconds(10)));
        Await.until("the fake vllm to print its arguments", () -> logContains("args: [serve"));
        assertEquals(ServerState.STARTING, server.state(), "not listening yet: loading weights");
        assertTrue(server.pid().isPresent());
        assertTrue(server.lastReadyAfter().isEmpty());
        Files.writeString(state.resolve("gate"), "");
        assertTrue(server.awaitReady(WAIT), () -> server.state() + " " + server.lastFailure());
        assertTrue(server.lastReadyAfter().isPresent());
        assertEquals(0, server.restarts());
        String argv = Files.readString(state.resolve("argv.log")).strip();
        assertEquals("serve Qwen/Qwen2-7B-Instruct --served-model-name qwen2-7b-instruct --host 127.0.0.1 --port "
                + port + " --dtype bfloat16 --tensor-parallel-size 1 --gpu-memory-utilization 0.90 --max-model-len"
                + " 8192 --max-num-seqs 49", argv);
        assertEquals("CUDA_VISIBLE_DEVICES=0 CUDA_DEVICE_ORDER=PCI_BUS_ID VLLM_API_KEY=s3cret",
                Files.readString(state.resolve("env.log")).strip(), "the plan's environment reaches the server");
        assertTrue(log().contains("Uvicorn running on http://127.0.0.1:" + port), "the server's output is logged");
        assertFalse(log().contains("s3cret"), "the key is not written to the log");
    }

    private String logOrEmpty() {
        try {
            return log();
        } catch (IOException e) {
            return "";
        }
    }

    private boolean logContains(String text) {
        try {
            return Files.exists(dir.resolve("logs/vllm.log")) && log().contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void restartsACrashingServerWithExponentialBackoff() throws Exception {
        Files.writeString(state.resolve("crashes"), "2");
        VllmSupervisor server = start(settings(Duration.ofMillis(10), 5, Duration.ofSeconds(10)));
        assertTrue(server.awaitReady(WAIT), () -> server.state() + " " + server.lastFailure());
        assertEquals(2, server.restarts());
        assertEquals(List.of(Duration.ofMillis(10), Duration.ofMillis(20)), server.backoffs());
        assertEquals("3", Files.readString(state.resolve("starts")));
        assertTrue(log().contains("torch.OutOfMemoryError: CUDA out of memory"), "stderr is logged too");
        assertTrue(log().contains("exited with status 1"));
        assertEquals("exited with status 1", server.lastFailure().orElseThrow());
    }

    @Test
    void givesUpAfterTheCrashLoopLimit() throws Exception {
        Files.writeString(state.resolve("crashes"), "99");
        VllmSupervisor server = start(settings(Duration.ofMillis(10), 3, Duration.ofSeconds(10)));
        assertFalse(server.awaitReady(WAIT), "never ready");
        assertEquals(ServerState.FAILED, server.state());
        assertEquals(2, server.restarts());
        assertEquals(List.of(Duration.ofMillis(10), Duration.ofMillis(20)), server.backoffs());
        assertEquals("3", Files.readString(state.resolve("starts")));
        assertTrue(log().contains("giving up after 3 crashes in a row"), log());
        assertTrue(server.pid().isEmpty());
    }

    @Test
    void theBackoffDoublesUpToItsMaximum() {
        VllmSupervisor server = start(settings(Duration.ofMillis(10), 1, Duration.ofSeconds(10)));
        assertEquals(List.of(10L, 20L, 40L, 40L, 40L), List.of(1, 2, 3, 4, 5).stream()
                .map(n -> server.backoff(n).toMillis()).toList());
    }

    @Test
    void aDeadEngineIsRestarted() throws Exception {
        VllmSupervisor server = start(settings(Duration.ofMillis(300), 3, Duration.ofSeconds(10)));
        assertTrue(server.awaitReady(WAIT), () -> server.state() + " " + server.lastFailure());
        long firstPid = server.pid().orElseThrow();
        Files.writeString(state.resolve("engine-dead"), "");
        assertTrue(server.awaitState(ServerState.BACKING_OFF, WAIT));
        Files.delete(state.resolve("engine-dead"));
        assertEquals("engine died (/health answered 503)", server.lastFailure().orElseThrow());
        assertTrue(Files.exists(state.resolve("sigterm-" + firstPid)), "the dead server got SIGTERM");
        assertTrue(server.awaitReady(WAIT), () -> server.state() + " " + server.lastFailure());
        assertEquals(1, server.restarts());
        assertTrue(server.pid().orElseThrow() != firstPid);
    }

    @Test
    void closeSendsSigtermAndWaitsForTheServer() throws Exception {
        VllmSupervisor server = start(settings(Duration.ofMillis(10), 3, Duration.ofSeconds(30)));
        assertTrue(server.awaitReady(WAIT), () -> server.state() + " " + server.lastFailure());
        long pid = server.pid().orElseThrow();
        server.close();
        assertEquals(ServerState.STOPPED, server.state());
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the server is gone");
        assertTrue(Files.exists(state.resolve("sigterm-" + pid)));
        assertFalse(log().contains("SIGKILL\n") || log().contains(": SIGKILL"), "no SIGKILL was needed");
    }

    @Test
    void aServerIgnoringSigtermIsKilledAfterTheGracePeriod() throws Exception {
        Files.writeString(state.resolve("ignore-sigterm"), "");
        VllmSupervisor server = start(settings(Duration.ofMillis(10), 3, Duration.ofMillis(300)));
        assertTrue(server.awaitReady(WAIT), () -> server.state() + " " + server.lastFailure());
        long pid = server.pid().orElseThrow();
        server.close();
        assertEquals(ServerState.STOPPED, server.state());
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the server is gone");
        assertTrue(Files.exists(state.resolve("sigterm-" + pid)), "SIGTERM came first");
        assertTrue(log().contains("still running after 300 ms: SIGKILL"), log());
    }

    @Test
    void aMissingExecutableSaysWhereToSetIt() {
        SupervisorSettings noVllm = new SupervisorSettings("vllm", Optional.empty(), dir.resolve("vllm.log"), 1 << 20,
                1, WAIT, Duration.ofMillis(50), Duration.ofMillis(10), Duration.ofMillis(40), 3, Duration.ofSeconds(1),
                Map.of("PATH", dir.resolve("empty").toString()));
        LaunchException e = assertThrows(LaunchException.class,
                () -> VllmSupervisor.start(plan(), noVllm, Clock.systemUTC()));
        assertTrue(e.getMessage().contains("'vllm' is not on the PATH") && e.getMessage().contains("launch.virtualenv"),
                e.getMessage());
    }

    @Test
    void aVirtualenvsOwnVllmIsRun() throws Exception {
        Path venv = dir.resolve("venv");
        FakeExecutables.vllm(venv.resolve("bin"));
        SupervisorSettings inVenv = new SupervisorSettings("vllm", Optional.of(venv), dir.resolve("logs/vllm.log"),
                1 << 20, 1, WAIT, Duration.ofMillis(50), Duration.ofMillis(10), Duration.ofMillis(40), 3,
                Duration.ofSeconds(10), Map.of("PATH", dir.resolve("empty").toString(), "FAKE_VLLM_DIR",
                state.toString()));
        VllmSupervisor server = VllmSupervisor.start(plan(), inVenv, Clock.systemUTC());
        started.add(server);
        assertTrue(server.awaitReady(WAIT), () -> server.state() + " " + server.lastFailure());
        assertTrue(log().contains("starting: " + venv.resolve("bin/vllm") + " serve"), log());
    }

    /** The system clock, except that once armed its next reading throws: a bug inside the watching thread. */
    private static final class FailingClock extends Clock {

        private final AtomicBoolean armed = new AtomicBoolean();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            if (armed.getAndSet(false)) {
                throw new StackOverflowError("a bug in the watcher");
            }
            return Instant.now();
        }
    }

    @Test
    void anErrorInTheWatcherStopsTheServerInsteadOfLeavingItUnwatched() throws Exception {
        FailingClock clock = new FailingClock();
        VllmSupervisor server = VllmSupervisor.start(plan(), settings(Duration.ofMillis(10), 3,
                Duration.ofSeconds(10)), clock);
        started.add(server);
        assertTrue(server.awaitReady(WAIT), () -> server.state() + " " + server.lastFailure());
        long pid = server.pid().orElseThrow();
        clock.armed.set(true);
        assertTrue(server.awaitState(ServerState.FAILED, WAIT), () -> server.state() + " " + server.lastFailure());
        assertEquals("supervisor failed: java.lang.StackOverflowError: a bug in the watcher",
                server.lastFailure().orElseThrow());
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the server was stopped");
        assertTrue(Files.exists(state.resolve("sigterm-" + pid)), "with SIGTERM first");
        assertTrue(server.pid().isEmpty());
    }

    @Test
    void aLogThatCannotBeWrittenStillDrainsTheServersOutput() throws Exception {
        Files.writeString(state.resolve("chatty"), "");
        Files.createDirectories(dir.resolve("logs/vllm.log.1"));
        Files.writeString(dir.resolve("logs/vllm.log.1/in-the-way"), "so that every rotation fails");
        SupervisorSettings smallLog = new SupervisorSettings("vllm", Optional.empty(), dir.resolve("logs/vllm.log"),
                4096, 1, WAIT, Duration.ofMillis(50), Duration.ofMillis(10), Duration.ofMillis(40), 3,
                Duration.ofSeconds(10), Map.of("PATH", bin + ":" + System.getenv("PATH"), "FAKE_VLLM_DIR",
                state.toString()));
        VllmSupervisor server = start(smallLog);
        assertTrue(server.awaitReady(WAIT), () -> server.state() + " " + server.lastFailure());
        assertTrue(log().contains("args: [serve"), "what could be written was");
        assertTrue(log().length() < 2 * 4096 + 8192, "the rest was dropped, not written past the limit");
        assertEquals("1", Files.readString(state.resolve("starts")));
    }

    @Test
    void whatAServerStartedIsStoppedWhenItCrashesOnItsOwn() throws Exception {
        Files.writeString(state.resolve("child"), "");
        VllmSupervisor server = start(settings(Duration.ofHours(1), 3, Duration.ofSeconds(10)));
        assertTrue(server.awaitReady(WAIT), () -> server.state() + " " + server.lastFailure());
        ProcessHandle child = ProcessHandle.of(Long.parseLong(Files.readString(state.resolve("child-pid")).strip()))
                .orElseThrow();
        try {
            assertTrue(child.isAlive());
            ProcessHandle.of(server.pid().orElseThrow()).orElseThrow().destroyForcibly(); // a crash: no SIGTERM
            assertTrue(server.awaitState(ServerState.BACKING_OFF, WAIT), () -> server.state() + " " + logOrEmpty());
            Await.until("the crashed server's child to be stopped", () -> !child.isAlive());
            assertTrue(log().contains("still running after the server exited: [" + child.pid() + "]: SIGTERM"),
                    log());
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void aLateExitWakeupDoesNotCutTheBackoffShort() throws Exception {
        Files.writeString(state.resolve("crashes"), "99");
        VllmSupervisor server = start(settings(Duration.ofHours(1), 3, Duration.ofSeconds(10)));
        assertTrue(server.awaitState(ServerState.BACKING_OFF, WAIT), () -> server.state() + " " + logOrEmpty());
        server.wakeUpAsIfAProcessExited();
        Await.until("the watcher to take the wakeup", () -> server.pendingWakeups() == 0);
        server.close();
        assertEquals(ServerState.STOPPED, server.state());
        assertEquals(0, server.restarts(), "still in the hour's backoff when stopped");
        assertEquals("1", Files.readString(state.resolve("starts")));
    }

    @Test
    void aServerReadyOnlyForAMomentCountsTowardsTheCrashLoopLimit() throws Exception {
        Files.writeString(state.resolve("exit-when-listed-twice"), "");
        VllmSupervisor server = start(settings(Duration.ofMillis(10), 3, Duration.ofSeconds(10)));
        assertTrue(server.awaitState(ServerState.FAILED, WAIT), () -> server.state() + " " + logOrEmpty());
        assertTrue(server.lastReadyAfter().isPresent(), "it was ready");
        assertEquals(2, server.restarts());
        assertEquals("3", Files.readString(state.resolve("starts")));
        assertTrue(log().contains("giving up after 3 crashes in a row"), log());
    }

    @Test
    void aTakenPortIsRefusedBeforeAnythingStarts() throws Exception {
        try (ServerSocket orphan = new ServerSocket(port, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            LaunchException e = assertThrows(LaunchException.class,
                    () -> VllmSupervisor.start(plan(), settings(Duration.ofMillis(10), 3, Duration.ofSeconds(10)),
                            Clock.systemUTC()));
            assertTrue(e.getMessage().startsWith("cannot listen on 127.0.0.1:" + port + " ("), e.getMessage());
            assertTrue(e.getMessage().contains("'logicminer gpu down'") && e.getMessage().contains("launch.port"),
                    e.getMessage());
        }
        assertFalse(Files.exists(state.resolve("starts")), "no vllm was started");
    }
}
