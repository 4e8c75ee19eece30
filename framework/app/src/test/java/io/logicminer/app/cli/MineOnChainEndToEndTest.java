package io.logicminer.app.cli;

import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.bittensor.dendrite.AxonTarget;
import io.logicminer.bittensor.dendrite.Dendrite;
import io.logicminer.bittensor.dendrite.DendriteResult;
import io.logicminer.bittensor.metagraph.Metagraph;
import io.logicminer.bittensor.metagraph.StaticFileMetagraphSource;
import io.logicminer.logicnet.LogicSynapse;
import io.logicminer.bittensor.verification.NonceClock;
import io.logicminer.bittensor.verification.Sr25519RequestSigner;
import io.logicminer.bittensor.wallet.Wallet;
import io.logicminer.core.plugin.TestPluginJars;
import io.logicminer.subtensor.chain.ChainPayloads.TestNeuron;
import io.logicminer.subtensor.chain.FakeSubtensorChain;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code logicminer mine} and {@code logicminer metagraph} from the command line against a subtensor node on a real
 * WebSocket (finney-encoded payloads): registration check, serve_axon once, a validator from the chain served, the
 * node going away, a start from the cache file.
 */
class MineOnChainEndToEndTest {

    @TempDir
    Path dir;

    private FakeSubtensorChain chain;
    private final Sr25519Keypair validator = Sr25519Keypair.fromUri("//Alice");
    private Path plugins;
    private String minerHotkey;

    @BeforeEach
    void setUp() throws Exception {
        chain = FakeSubtensorChain.start();
        plugins = Files.createDirectories(dir.resolve("plugins"));
        TestPluginJars.echoPlugin(plugins, "echo.jar", "echo-plugin");
        minerHotkey = Wallet.of(dir.resolve("wallets").toString(), "miner", "default").createHotkey(12, false)
                .keypair().ss58Address();
    }

    @AfterEach
    void tearDown() {
        chain.close();
    }

    private void registered(boolean miner) {
        List<TestNeuron> neurons = new ArrayList<>();
        neurons.add(new TestNeuron(0, validator.ss58Address(), validator.ss58Address(), true, 1_000_000_000L,
                20_000_000_000_000L, "203.0.113.50", 8091));
        if (miner) {
            neurons.add(new TestNeuron(1, minerHotkey, validator.ss58Address(), false, 0, 0, null, 0));
        }
        chain.neurons(35, neurons);
    }

    private String[] args(String command, String... extra) {
        List<String> all = new ArrayList<>(List.of(command, "--plugins.dir", plugins.toString(), "--miner.solver",
                "echo", "--wallet.path", dir.resolve("wallets").toString(), "--wallet.name", "miner",
                "--wallet.hotkey", "default", "--netuid", "35", "--subtensor.network", "local",
                "--subtensor.chain_endpoint", chain.url(), "--subtensor.call_timeout", "3s",
                "--data.dir", dir.resolve("data").toString(), "--axon.ip", "127.0.0.1", "--axon.port", "0",
                "--axon.external_ip", "198.51.100.23", "--axon.external_port", "8091", "--metrics.port", "-1"));
        all.addAll(Arrays.asList(extra));
        return all.toArray(String[]::new);
    }

    /** A running {@code mine}: its port, a stop that acts as SIGTERM, and its exit code. */
    private final class RunningMiner {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final AtomicReference<Runnable> stop = new AtomicReference<>();
        final CompletableFuture<Integer> exit;

        RunningMiner() {
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
            exit = CompletableFuture.supplyAsync(() -> Main.run(args("mine"), new PrintWriter(out, true),
                    new PrintWriter(err, true), factory));
        }

        int port() throws InterruptedException {
            Pattern listening = Pattern.compile("axon listening on port (\\d+)");
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                Matcher m = listening.matcher(out.toString());
                if (m.find() && stop.get() != null) {
                    return Integer.parseInt(m.group(1));
                }
                if (exit.isDone()) {
                    throw new AssertionError("mine exited " + exit.join() + ": " + err + out);
                }
                Thread.sleep(20);
            }
            throw new AssertionError("mine never listened: " + err + out);
        }

        int stopAndWait() throws Exception {
            stop.get().run();
            return exit.get(60, TimeUnit.SECONDS);
        }
    }

    private int ask(int port) throws Exception {
        Dendrite dendrite = new Dendrite(new Sr25519RequestSigner(validator), new OkHttpClient(), "127.0.0.1",
                9_000_000, NonceClock.SYSTEM);
        DendriteResult result = dendrite.call(new AxonTarget("127.0.0.1", port, minerHotkey),
                LogicSynapse.question("What is 6*7?", "Logic", 20, "task-1").toSynapse(), Duration.ofSeconds(20));
        return result.statusCode();
    }

    @Test
    void minesOnTheChainPublishesOnceServesAValidatorAndSurvivesTheNodeGoingAway() throws Exception {
        registered(true);
        RunningMiner first = new RunningMiner();
        int port = first.port();
        assertEquals(200, ask(port), "a validator from the chain's metagraph is served");
        assertEquals(1, chain.served().size(), "serve_axon submitted once");
        assertEquals(8091, chain.served().get(0).port());
        chain.node().stop();
        assertEquals(200, ask(port), "still serving the last good metagraph with the node gone");
        assertEquals(0, first.stopAndWait(), "a clean stop exits 0");

        chain.node().restart();
        RunningMiner second = new RunningMiner();
        assertEquals(200, ask(second.port()));
        assertEquals(1, chain.node().calls("author_submitAndWatchExtrinsic"), "unchanged axon: not submitted again");
        assertEquals(0, second.stopAndWait());

        chain.node().stop();
        RunningMiner third = new RunningMiner();
        assertEquals(200, ask(third.port()), "started from the cache file with the node down");
        assertEquals(0, third.stopAndWait());
    }

    @Test
    void anUnregisteredHotkeyExitsTwoWithTheBtcliCommand() {
        registered(false);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args("mine"), new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(2, code, err.toString());
        String line = err.toString().strip();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.contains(minerHotkey) && line.contains("netuid 35"), line);
        assertTrue(line.contains("btcli subnets register --netuid 35 --wallet.name miner --wallet.hotkey default"), line);
        assertTrue(chain.served().isEmpty());
    }

    @Test
    void metagraphPrintsTheTableAndWritesTheStaticFile() throws Exception {
        registered(true);
        Path file = dir.resolve("out/metagraph.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args("metagraph", "--out", file.toString()), new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertEquals(0, code, err.toString() + out);
        String table = out.toString();
        assertTrue(table.contains("2 neurons, 1 validators"), table);
        List<String> rows = table.lines().filter(l -> l.contains(validator.ss58Address()) || l.contains(minerHotkey))
                .toList();
        assertEquals(2, rows.size(), table);
        assertTrue(rows.get(0).contains(validator.ss58Address()) && rows.get(0).contains("0*"), "sorted by stake, "
                + "validator marked: " + table);
        assertTrue(rows.get(0).contains("20000.0000") && rows.get(0).contains("203.0.113.50:8091"), table);
        Metagraph written = StaticFileMetagraphSource.read(file);
        assertEquals(35, written.netuid());
        assertEquals(20_000.0, written.byHotkey(validator.ss58Address()).stake(), 1e-9);
        assertTrue(written.byHotkey(validator.ss58Address()).validatorPermit());
    }
}
