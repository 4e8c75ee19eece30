package io.logicminer.app.mining;

import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.bittensor.dendrite.AxonTarget;
import io.logicminer.bittensor.dendrite.Dendrite;
import io.logicminer.bittensor.dendrite.DendriteResult;
import io.logicminer.logicnet.LogicSynapse;
import io.logicminer.bittensor.verification.NonceClock;
import io.logicminer.bittensor.verification.Sr25519RequestSigner;
import io.logicminer.bittensor.wallet.Wallet;
import io.logicminer.core.MinerHost;
import io.logicminer.core.config.ConfigOverrides;
import io.logicminer.core.plugin.TestPluginJars;
import io.logicminer.spi.InvalidConfigException;
import io.logicminer.subtensor.chain.InMemorySubtensor;
import io.logicminer.subtensor.chain.NeuronLite;
import io.logicminer.subtensor.serving.PublishOutcome;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The miner on a chain network, against a chain held in memory (the JSON-RPC path has its own end-to-end test). */
class MinerNodeChainTest {

    @TempDir
    Path dir;

    private final InMemorySubtensor chain = new InMemorySubtensor();
    private final Sr25519Keypair validator = Sr25519Keypair.fromUri("//Alice");
    private Path plugins;
    private String minerHotkey;

    @BeforeEach
    void setUp() throws Exception {
        plugins = Files.createDirectories(dir.resolve("plugins"));
        TestPluginJars.echoPlugin(plugins, "echo.jar", "echo-plugin");
        minerHotkey = Wallet.of(dir.resolve("wallets").toString(), "miner", "default").createHotkey(12, false)
                .keypair().ss58Address();
    }

    private void chainWith(boolean minerRegistered) {
        List<NeuronLite> neurons = new ArrayList<>();
        neurons.add(InMemorySubtensor.neuron(0, validator.ss58Address(), validator.ss58Address(), 0, true, null));
        if (minerRegistered) {
            neurons.add(InMemorySubtensor.neuron(1, minerHotkey, validator.ss58Address(), 0, false, null));
        }
        chain.neurons = neurons;
        chain.totalStake = Optional.of(List.of(new BigInteger("20000000000000"), BigInteger.ZERO));
    }

    private MinerHost host(String... extra) {
        List<String> args = new ArrayList<>(List.of("--plugins.dir", plugins.toString(), "--miner.solver", "echo",
                "--wallet.path", dir.resolve("wallets").toString(), "--wallet.name", "miner",
                "--wallet.hotkey", "default", "--subtensor.network", "local", "--netuid", "35",
                "--data.dir", dir.resolve("data").toString(), "--subtensor.resubscribe_interval", "50ms",
                "--axon.ip", "127.0.0.1", "--axon.port", "0", "--axon.external_port", "8091",
                "--metrics.port", "-1"));
        args.addAll(Arrays.asList(extra));
        return MinerHost.start(ConfigOverrides.parse(args.toArray(String[]::new), Set.of(), Set.of()),
                Optional.empty());
    }

    private MinerNode start(MinerHost host) {
        return MinerNode.start(host, Optional.empty(), (settings, dataDir, metrics) -> chain);
    }

    private int ask(MinerNode node) throws Exception {
        Dendrite dendrite = new Dendrite(new Sr25519RequestSigner(validator), new OkHttpClient(), "127.0.0.1",
                9_000_000, NonceClock.SYSTEM);
        DendriteResult result = dendrite.call(new AxonTarget("127.0.0.1", node.port(), minerHotkey),
                LogicSynapse.question("What is 6*7?", "Logic", 20, "task-1").toSynapse(), Duration.ofSeconds(20));
        return result.statusCode();
    }

    @Test
    void registeredMinerPublishesOnceAndServesAValidatorFromTheChain() throws Exception {
        chainWith(true);
        try (MinerHost host = host(); MinerNode node = start(host)) {
            assertEquals(PublishOutcome.Status.PUBLISHED, node.publishOutcome().orElseThrow().status());
            assertEquals(1, chain.served.size());
            assertEquals(8091, chain.served.get(0).port());
            assertEquals(10_002_000, chain.served.get(0).version(), "SDK 10.2.0's version_as_int");
            assertEquals(200, ask(node));
        }
        try (MinerHost host = host(); MinerNode node = start(host)) {
            assertEquals(PublishOutcome.Status.UNCHANGED, node.publishOutcome().orElseThrow().status());
            assertEquals(1, chain.served.size(), "not published again when unchanged");
        }
    }

    @Test
    void keepsServingFromTheLastMetagraphWhenTheNodeGoesAway() throws Exception {
        chainWith(true);
        try (MinerHost host = host(); MinerNode node = start(host)) {
            chain.down = true;
            chain.head(chain.block + 200);
            awaitFailures(node);
            assertEquals(200, ask(node));
        }
    }

    @Test
    void startsFromTheCacheFileWhenTheNodeIsDownAndPublishesWhenItIsBack() throws Exception {
        chainWith(true);
        try (MinerHost host = host(); MinerNode node = start(host)) {
            assertTrue(Files.isRegularFile(dir.resolve("data/metagraph-35.json")));
        }
        chain.axons.clear();
        chain.served.clear();
        chain.down = true;
        try (MinerHost host = host(); MinerNode node = start(host)) {
            assertTrue(node.chainMetagraph().orElseThrow().servingFromCache());
            assertEquals(200, ask(node));
            assertTrue(node.publishOutcome().isEmpty(), "serve_axon waits for the chain");
            chain.down = false;
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (chain.subscribers() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            chain.head(chain.block + 1);
            while (node.publishOutcome().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(PublishOutcome.Status.PUBLISHED, node.publishOutcome().orElseThrow().status());
        }
    }

    @Test
    void anUnregisteredHotkeyIsRefusedWithTheBtcliCommand() {
        chainWith(false);
        try (MinerHost host = host()) {
            NotRegisteredException e = assertThrows(NotRegisteredException.class, () -> start(host));
            assertTrue(e.getMessage().contains(minerHotkey), e.getMessage());
            assertTrue(e.getMessage().contains("netuid 35"), e.getMessage());
            assertTrue(e.getMessage().contains(
                    "btcli subnets register --netuid 35 --wallet.name miner --wallet.hotkey default"), e.getMessage());
            assertTrue(chain.served.isEmpty());
        }
    }

    @Test
    void aLoopbackAddressOnFinneyIsAConfigErrorNamingExternalIp() {
        chainWith(true);
        try (MinerHost host = host("--subtensor.network", "finney")) {
            InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> start(host));
            assertEquals("axon.ip", e.path());
            assertTrue(e.getMessage().contains("--axon.external_ip"), e.getMessage());
        }
    }

    private static void awaitFailures(MinerNode node) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (node.chainMetagraph().orElseThrow().failures() == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the sync never failed");
            }
            Thread.sleep(10);
        }
    }
}
