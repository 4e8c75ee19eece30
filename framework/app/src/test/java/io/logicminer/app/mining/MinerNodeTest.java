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
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole miner: host pipeline behind the axon, a signed request from a validator in the metagraph. */
class MinerNodeTest {

    @TempDir
    Path dir;

    @Test
    void answersASignedValidatorRequestThroughThePipeline() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        TestPluginJars.echoPlugin(plugins, "echo.jar", "echo-plugin");
        Wallet wallet = Wallet.of(dir.resolve("wallets").toString(), "miner", "default");
        String minerHotkey = wallet.createHotkey(12, false).keypair().ss58Address();
        Sr25519Keypair validator = Sr25519Keypair.fromUri("//Alice");
        Path metagraph = dir.resolve("metagraph.json");
        Files.writeString(metagraph, """
                {"netuid":35,"block":0,"neurons":[
                 {"uid":7,"hotkey":"%s","coldkey":"%s","stake":20000.0,"validator_permit":true,"active":true,
                  "axon":{"ip":"127.0.0.1","port":1}}]}
                """.formatted(validator.ss58Address(), validator.ss58Address()));
        String[] args = {"--plugins.dir", plugins.toString(), "--miner.solver", "echo",
                "--wallet.path", dir.resolve("wallets").toString(), "--wallet.name", "miner",
                "--wallet.hotkey", "default", "--subtensor.network", "offline", "--metagraph.file", metagraph.toString(),
                "--axon.ip", "127.0.0.1", "--axon.port", "0", "--metrics.port", "-1"};
        try (MinerHost host = MinerHost.start(ConfigOverrides.parse(args, Set.of(), Set.of()), Optional.empty());
             MinerNode node = MinerNode.start(host, Optional.empty())) {
            assertEquals(minerHotkey, node.hotkey());
            Dendrite dendrite = new Dendrite(new Sr25519RequestSigner(validator), new OkHttpClient(), "127.0.0.1",
                    9_000_000, NonceClock.SYSTEM);
            DendriteResult result = dendrite.call(new AxonTarget("127.0.0.1", node.port(), minerHotkey),
                    LogicSynapse.question("What is 6*7?", "Logic", 20, "task-1").toSynapse(), Duration.ofSeconds(20));
            assertEquals(200, result.statusCode(), result.statusMessage());
            LogicSynapse answered = LogicSynapse.from(result.synapse());
            assertEquals("echo:12", answered.logicAnswer().asText());
            assertTrue(answered.logicReasoning().contains("12 characters"), answered.logicReasoning());
        }
    }

    @Test
    void aWildcardAxonAddressOnFinneyIsAConfigErrorNamingExternalIp() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        TestPluginJars.echoPlugin(plugins, "echo.jar", "echo-plugin");
        try (MinerHost host = MinerHost.start(ConfigOverrides.parse(new String[] {"--plugins.dir", plugins.toString(),
                "--miner.solver", "echo", "--subtensor.network", "finney"}, Set.of(), Set.of()), Optional.empty())) {
            InvalidConfigException e = assertThrows(InvalidConfigException.class,
                    () -> MinerNode.start(host, Optional.empty()));
            assertEquals("axon.ip", e.path());
            assertTrue(e.getMessage().contains("'0.0.0.0'"), e.getMessage());
            assertTrue(e.getMessage().contains("--axon.external_ip"), e.getMessage());
        }
    }
}
