package io.logicminer.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.logicminer.launch.vllm.FakeExecutables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code logicminer gpu ...} end to end: the launch-vllm backend (on the class path), a fake nvidia-smi and a fake
 * vllm (real processes serving /health and /v1/models) named by launch.nvidia_smi and launch.executable.
 */
class GpuCommandTest {

    @TempDir
    Path dir;

    private Path bin;
    private Path fake;
    private int port;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void fakes() throws Exception {
        bin = dir.resolve("bin");
        fake = Files.createDirectories(dir.resolve("fake"));
        FakeExecutables.nvidiaSmi(bin, "0, NVIDIA GeForce RTX 4090, 24564, 1", 0);
        FakeExecutables.vllm(bin);
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
    }

    private String[] args(String... command) {
        List<String> all = new ArrayList<>(Arrays.asList(command));
        all.addAll(List.of("--plugins.dir", dir.resolve("no-plugins").toString(), "--data.dir",
                dir.resolve("data").toString(), "--launch.nvidia_smi", bin.resolve("nvidia-smi").toString(),
                "--launch.executable", bin.resolve("vllm").toString(), "--launch.port", String.valueOf(port),
                "--launch.api_key", "s3cret", "--launch.poll_interval", "50ms", "--launch.environment.FAKE_VLLM_DIR",
                fake.toString()));
        return all.toArray(String[]::new);
    }

    private int run(String... command) {
        return Main.run(args(command), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void planPrintsTheEstimateTableAndTheExactCommand() {
        assertEquals(0, run("gpu", "plan", "--profile", "qwen2-7b-instruct"), err.toString());
        String printed = out.toString();
        assertTrue(printed.contains("0  NVIDIA GeForce RTX 4090"), printed);
        assertTrue(printed.contains("   <- chosen"), printed);
        assertTrue(printed.contains("  VLLM_API_KEY=\"$VLLM_API_KEY\" CUDA_DEVICE_ORDER=PCI_BUS_ID CUDA_VISIBLE_DEVICES=0 "
                + bin.resolve("vllm")
                + " serve Qwen/Qwen2-7B-Instruct --served-model-name qwen2-7b-instruct --host 127.0.0.1 --port " + port
                + " --dtype bfloat16 --tensor-parallel-size 1 --gpu-memory-utilization 0.90 --max-model-len 8192"
                + " --max-num-seqs 49\n"), printed);
        assertFalse(printed.contains("s3cret"), "the key is masked unless --show-api-key");
        assertFalse(printed.contains("arithmetic:"));
    }

    @Test
    void showApiKeyPrintsTheKeyInTheEnvironmentNotAsAnArgument() {
        assertEquals(0, run("gpu", "plan", "--profile", "qwen2-7b-instruct", "--show-api-key"), err.toString());
        String printed = out.toString();
        assertTrue(printed.contains("  VLLM_API_KEY=s3cret CUDA_DEVICE_ORDER=PCI_BUS_ID CUDA_VISIBLE_DEVICES=0 "
                        + bin.resolve("vllm") + " serve"),
                printed);
        assertFalse(printed.contains("--api-key"), printed);
    }

    @Test
    void downForceSaysItStopsTheMinerToo() {
        assertEquals(0, run("gpu", "down", "--help"), err.toString());
        assertTrue(out.toString().replaceAll("\\s+", " ").contains("so it stops that miner too"), out.toString());
    }

    @Test
    void everyCommandListedInHelpHasAWholeSentenceAsItsFirstDescriptionLine() {
        // picocli lists a subcommand with its description's first element only: that must be a sentence on its own.
        java.util.ArrayDeque<Class<?>> commands = new java.util.ArrayDeque<>(LogicminerCommand.SUBCOMMANDS);
        int checked = 0;
        while (!commands.isEmpty()) {
            Class<?> command = commands.pop();
            picocli.CommandLine.Command annotation = command.getAnnotation(picocli.CommandLine.Command.class);
            String first = annotation.description()[0];
            assertTrue(first.endsWith("."), annotation.name() + ": '" + first + "' is cut mid-sentence");
            commands.addAll(List.of(annotation.subcommands()));
            checked++;
        }
        assertTrue(checked >= 14, "top-level commands and the gpu and wallet subcommands: " + checked);
        assertEquals(0, run("--help"), err.toString());
        assertTrue(out.toString().contains("Serve LogicNet validators through a bittensor axon until stopped.\n"),
                out.toString());
        assertEquals(0, run("gpu", "--help"), err.toString());
        assertTrue(out.toString().contains("Stop the server started by `logicminer gpu up`.\n"), out.toString());
    }

    @Test
    void explainShowsTheArithmetic() {
        assertEquals(0, run("gpu", "plan", "--profile", "qwen2-7b-instruct", "--explain"), err.toString());
        assertTrue(out.toString().contains("arithmetic:\n  Qwen/Qwen2-7B-Instruct: 7,615,616,512 parameters"),
                out.toString());
    }

    @Test
    void aModelThatDoesNotFitSaysWhyAndWhatWouldAndExitsOne() {
        assertEquals(1, run("gpu", "plan", "--profile", "falcon-40b"));
        String printed = out.toString();
        assertTrue(printed.contains("does not fit:\n  tiiuae/falcon-40b does not fit on 1 x NVIDIA GeForce RTX 4090"),
                printed);
        assertTrue(printed.contains("what would:\n  - 4 x NVIDIA GeForce RTX 4090 (24564 MiB) with bfloat16"), printed);
    }

    @Test
    void allProfilesOnAssumedGpus() {
        assertEquals(0, run("gpu", "plan", "--all", "--assume", "1x80GB"), err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(7, lines.size(), out.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("mixtral-8x7b-instruct") && l.contains("fp8 8-bit")),
                out.toString());
    }

    @Test
    void aDriverFailureIsOneLine() throws Exception {
        FakeExecutables.nvidiaSmi(bin, "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.",
                9);
        assertEquals(1, run("gpu", "plan", "--profile", "qwen2-7b-instruct"));
        assertTrue(err.toString().startsWith("error: " + bin.resolve("nvidia-smi") + " exited with status 9: NVIDIA-SMI"
                + " has failed"), err.toString());
    }

    @Test
    void anUnknownProfileListsTheKnownOnes() {
        assertEquals(2, run("gpu", "plan", "--profile", "gpt-5"));
        assertTrue(err.toString().contains("--profile: no launch profile named 'gpt-5'; known: baichuan2-13b-chat,"
                + " falcon-40b, llama-2-13b-chat, mistral-7b-instruct, mixtral-8x7b-instruct, qwen-7b-chat,"
                + " qwen2-7b-instruct"), err.toString());
    }

    @Test
    void aProfileWrittenInTheConfigIsPlanned() throws Exception {
        Path conf = Files.writeString(dir.resolve("app.conf"), """
                launch.profiles.qwen25-3b {
                  model = "Qwen/Qwen2.5-3B-Instruct"
                  parameters = 3.09e9
                  layers = 36
                  attention_heads = 16
                  kv_heads = 2
                  hidden_size = 2048
                  vocab_size = 151936
                  tied_embeddings = true
                  max_context = 32768
                  quantized.awq { model = "Qwen/Qwen2.5-3B-Instruct-AWQ", method = awq, bits = 4.25 }
                }
                """);
        assertEquals(0, run("--config", conf.toString(), "gpu", "plan", "--profile", "qwen25-3b"), err.toString());
        assertTrue(out.toString().contains("profile qwen25-3b: Qwen/Qwen2.5-3B-Instruct, 3.09B parameters, 36 layers,"
                + " 16 heads / 2 KV heads x 128"), out.toString());
        Files.writeString(conf, Files.readString(conf).replace("3.09e9", "3.09"));
        assertEquals(2, run("--config", conf.toString(), "gpu", "plan", "--profile", "qwen25-3b"));
        assertTrue(err.toString().contains("launch.profiles.qwen25-3b.parameters: is the parameter count"),
                err.toString());
    }

    @Test
    void upServesUntilStoppedAndStatusSeesIt() throws Exception {
        AtomicReference<Runnable> stop = new AtomicReference<>();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K made = CommandLine.defaultFactory().create(type);
                if (made instanceof GpuCommand.UpCommand up) {
                    up.stopSignal = stop::set;
                }
                return made;
            }
        };
        StringWriter upOut = new StringWriter();
        StringWriter upErr = new StringWriter();
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread.ofPlatform().start(() -> exit.complete(Main.run(args("gpu", "up", "--profile", "qwen2-7b-instruct"),
                new PrintWriter(upOut, true), new PrintWriter(upErr, true), factory)));
        await("gpu up to be ready", () -> upOut.toString().contains("ready after") || exit.isDone());
        assertFalse(exit.isDone(), () -> "gpu up exited: " + upErr + upOut);
        assertTrue(upOut.toString().contains("base_url http://127.0.0.1:" + port + "/v1, model qwen2-7b-instruct"),
                upOut.toString());
        Path stateFile = dir.resolve("data/launch/qwen2-7b-instruct.json");
        Map<?, ?> state = new ObjectMapper().readValue(stateFile.toFile(), Map.class);
        assertEquals("gpu up", state.get("owner"));
        long serverPid = ((Number) state.get("server_pid")).longValue();

        assertEquals(0, run("gpu", "status", "--profile", "qwen2-7b-instruct"), err.toString() + out);
        assertTrue(out.toString().contains("qwen2-7b-instruct: ready"), out.toString());
        assertTrue(out.toString().contains("ready (/health 200, model listed)"), out.toString());

        assertTrue(Files.exists(dir.resolve("data/launch/qwen2-7b-instruct.log")), "the server logs to data/launch");
        stop.get().run();
        assertEquals(0, exit.get(60, TimeUnit.SECONDS), upErr.toString());
        assertTrue(Files.exists(fake.resolve("sigterm-" + serverPid)), "the server got SIGTERM");
        assertFalse(Files.exists(stateFile), "a clean stop removes the state file");
        assertEquals(1, run("gpu", "status", "--profile", "qwen2-7b-instruct"));
    }

    @Test
    void downStopsAServerWhoseSupervisorDiedAndRefusesAMinersServer() throws Exception {
        // An orphan: a fake vllm whose supervising process is gone (a pid that has exited).
        ProcessBuilder orphanServer = new ProcessBuilder(bin.resolve("vllm").toString(), "serve", "m", "--port",
                String.valueOf(port)).redirectErrorStream(true).redirectOutput(dir.resolve("orphan.log").toFile());
        orphanServer.environment().put("FAKE_VLLM_DIR", fake.toString());
        Process orphan = orphanServer.start();
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.createDirectories(dir.resolve("data/launch"));
        writeState("gpu up", gone.pid(), "2020-01-01T00:00:00Z", orphan.pid());
        assertEquals(0, run("gpu", "down", "--profile", "qwen2-7b-instruct"), err.toString());
        assertTrue(out.toString().contains("stopping the orphaned server (pid " + orphan.pid() + ")"), out.toString());
        assertTrue(orphan.waitFor(60, TimeUnit.SECONDS));
        assertFalse(Files.exists(dir.resolve("data/launch/qwen2-7b-instruct.json")));

        // A server that a running miner (this process, here) supervises is not stopped without --force.
        writeState("mine", ProcessHandle.current().pid(), ProcessHandle.current().info().startInstant()
                .map(Object::toString).orElse(""), 0);
        assertEquals(1, run("gpu", "down", "--profile", "qwen2-7b-instruct"));
        assertTrue(err.toString().contains("belongs to a running `logicminer mine` (pid "
                + ProcessHandle.current().pid() + "): stop the miner, or pass --force"), err.toString());
    }

    private void writeState(String owner, long supervisorPid, String supervisorStart, long serverPid)
            throws Exception {
        new io.logicminer.app.launch.LaunchStateFile("qwen2-7b-instruct", owner, supervisorPid, supervisorStart,
                serverPid, "READY", 0, "http://127.0.0.1:" + port + "/v1", "qwen2-7b-instruct", "x.log", "vllm serve",
                "2026-01-01T00:00:00Z").write(dir.resolve("data/launch"));
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting for " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }
}
