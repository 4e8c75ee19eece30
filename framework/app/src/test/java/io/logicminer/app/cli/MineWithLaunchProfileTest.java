package io.logicminer.app.cli;

import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.bittensor.wallet.Wallet;
import io.logicminer.core.plugin.TestPluginJars;
import io.logicminer.launch.vllm.FakeExecutables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code mine} with {@code launch.profile}: the server comes up first, its metrics are served, it stops with the miner. */
class MineWithLaunchProfileTest {

    @TempDir
    Path dir;

    @Test
    void minesOnlyOnceTheProfileServesAndStopsItOnExit() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        TestPluginJars.echoPlugin(plugins, "echo.jar", "echo-plugin");
        Wallet.of(dir.resolve("wallets").toString(), "miner", "default").createHotkey(12, false);
        Sr25519Keypair validator = Sr25519Keypair.fromUri("//Alice");
        Path metagraph = Files.writeString(dir.resolve("metagraph.json"), """
                {"netuid":35,"block":0,"neurons":[
                 {"uid":7,"hotkey":"%s","coldkey":"%s","stake":20000.0,"validator_permit":true,"active":true,
                  "axon":{"ip":"127.0.0.1","port":1}}]}
                """.formatted(validator.ss58Address(), validator.ss58Address()));
        Path bin = dir.resolve("bin");
        Path fake = Files.createDirectories(dir.resolve("fake"));
        FakeExecutables.nvidiaSmi(bin, "0, NVIDIA A100-SXM4-80GB, 81920, 1", 0);
        FakeExecutables.vllm(bin);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String[] args = {"mine", "--plugins.dir", plugins.toString(), "--miner.solver", "echo",
                "--wallet.path", dir.resolve("wallets").toString(), "--wallet.name", "miner",
                "--wallet.hotkey", "default", "--subtensor.network", "offline", "--metagraph.file", metagraph.toString(),
                "--axon.ip", "127.0.0.1", "--axon.port", "0", "--metrics.host", "127.0.0.1", "--metrics.port", "0",
                "--data.dir", dir.resolve("data").toString(), "--launch.profile", "qwen2-7b-instruct",
                "--launch.port", String.valueOf(port), "--launch.nvidia_smi", bin.resolve("nvidia-smi").toString(),
                "--launch.virtualenv", dir.toString(), "--launch.poll_interval", "50ms",
                "--launch.environment.FAKE_VLLM_DIR", fake.toString()};
        AtomicReference<Runnable> stop = new AtomicReference<>();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K made = CommandLine.defaultFactory().create(type);
                if (made instanceof MineCommand mine) {
                    mine.stopSignal = stop::set;
                }
                return made;
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread.ofPlatform().start(() -> exit.complete(Main.run(args, new PrintWriter(out, true),
                new PrintWriter(err, true), factory)));
        Pattern metrics = Pattern.compile("metrics on http://localhost:(\\d+)/metrics");
        GpuCommandTest.await("mine to listen", () -> (metrics.matcher(out.toString()).find() && stop.get() != null)
                || exit.isDone());
        assertFalse(exit.isDone(), () -> "mine exited: " + err + out);
        String printed = out.toString();
        assertTrue(printed.contains("waiting for it to serve qwen2-7b-instruct at http://127.0.0.1:" + port + "/v1"),
                printed);
        assertTrue(printed.indexOf("qwen2-7b-instruct ready after") < printed.indexOf("axon listening"),
                "the axon opens only once the server is ready: " + printed);

        Matcher m = metrics.matcher(printed);
        assertTrue(m.find());
        String scraped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + m.group(1) + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(scraped.contains("logicminer_launch_server_up{profile=\"qwen2-7b-instruct\"} 1.0"), scraped);
        assertTrue(scraped.contains("logicminer_launch_server_restarts_total{profile=\"qwen2-7b-instruct\"} 0.0"),
                scraped);
        assertTrue(scraped.contains("logicminer_launch_server_ready_seconds{profile=\"qwen2-7b-instruct\"}"), scraped);
        assertTrue(Files.exists(dir.resolve("data/launch/qwen2-7b-instruct.json")));

        stop.get().run();
        assertEquals(0, exit.get(60, TimeUnit.SECONDS), err.toString());
        try (var markers = Files.list(fake)) {
            assertTrue(markers.anyMatch(f -> f.getFileName().toString().startsWith("sigterm-")),
                    "the server was stopped with the miner");
        }
        assertFalse(Files.exists(dir.resolve("data/launch/qwen2-7b-instruct.json")));
    }

    @Test
    void anEndpointPoolThatLeavesTheLaunchedServerUnusedIsRefusedBeforeItStarts() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        TestPluginJars.echoPlugin(plugins, "echo.jar", "echo-plugin");
        TestPluginJars.plugin("chat-plugin", plugins, "chat.jar", "chat-plugin");
        Path bin = dir.resolve("bin");
        Path fake = Files.createDirectories(dir.resolve("fake"));
        FakeExecutables.nvidiaSmi(bin, "0, NVIDIA A100-SXM4-80GB, 81920, 1", 0);
        FakeExecutables.vllm(bin);
        Path config = Files.writeString(dir.resolve("pool.conf"), """
                models.default {
                  type = unreachable
                  model = qwen2-7b-instruct
                  endpoints = [{ base_url = "http://10.0.0.11:8000/v1" }, { base_url = "http://10.0.0.12:8000/v1" }]
                }
                """);
        String[] args = {"--config", config.toString(), "mine", "--plugins.dir", plugins.toString(),
                "--miner.solver", "echo", "--subtensor.network", "offline", "--data.dir", dir.resolve("data").toString(),
                "--launch.profile", "qwen2-7b-instruct", "--launch.port", "8123", "--launch.nvidia_smi",
                bin.resolve("nvidia-smi").toString(), "--launch.virtualenv", dir.toString(),
                "--launch.environment.FAKE_VLLM_DIR", fake.toString()};
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> exit.complete(Main.run(args, new PrintWriter(out, true),
                new PrintWriter(err, true))));
        assertEquals(Main.EXIT_USAGE, exit.get(60, TimeUnit.SECONDS), err + "\n" + out);
        assertTrue(err.toString().contains("config error: models.default.endpoints: the chat model 'default' uses"
                + " this endpoint pool, which does not include the server launch.profile = qwen2-7b-instruct starts at"
                + " http://127.0.0.1:8123/v1"), err.toString());
        assertTrue(err.toString().contains(config.toString()), "the message says where the key is: " + err);
        assertFalse(Files.exists(fake.resolve("argv.log")), "no server was started");
        assertFalse(Files.exists(dir.resolve("data/launch/qwen2-7b-instruct.json")));
    }
}
