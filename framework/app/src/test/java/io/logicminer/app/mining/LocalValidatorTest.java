package io.logicminer.app.mining;

import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.bittensor.dendrite.AxonTarget;
import io.logicminer.bittensor.verification.Sr25519RequestSigner;
import io.logicminer.bittensor.wallet.Wallet;
import io.logicminer.core.MinerHost;
import io.logicminer.core.config.ConfigOverrides;
import io.logicminer.core.plugin.TestPluginJars;
import io.logicminer.evaluation.profile.JudgeSetup;
import io.logicminer.evaluation.profile.ValidatorProfiles;
import io.logicminer.evaluation.run.EvalChallenge;
import io.logicminer.evaluation.run.EvalResult;
import io.logicminer.evaluation.run.EvaluationRun;
import io.logicminer.evaluation.run.ValidatorPanel;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code mine --local}'s validator: an evaluation run over the real axon of a running miner. */
class LocalValidatorTest {

    @TempDir
    Path dir;

    @Test
    void scoresSignedAxonRepliesWithTheEvaluationRunAndPrintsALinePerChallenge() throws Exception {
        Sr25519Keypair validator = Sr25519Keypair.fromUri("//Alice");
        String neuron = """
                {"uid":7,"hotkey":"%s","coldkey":"%s","stake":20000.0,"validator_permit":true,"active":true,
                 "axon":{"ip":"127.0.0.1","port":1}}""".formatted(validator.ss58Address(), validator.ss58Address());
        OkHttpClient http = new OkHttpClient();
        try (MinerHost host = echoMinerHost(neuron);
             MinerNode node = MinerNode.start(host, Optional.empty())) {
            String minerHotkey = node.hotkey();
            Duration timeout = Duration.ofSeconds(20);
            EvaluationRun run = new EvaluationRun(new AxonAnswerer(new Sr25519RequestSigner(validator), http,
                    new AxonTarget("127.0.0.1", node.port(), minerHotkey), "Logic"),
                    ValidatorPanel.of(ValidatorProfiles.DEFAULT, JudgeSetup.withoutJudge(), 50), String::equals,
                    Optional.empty(), timeout, 1);
            StringWriter lines = new StringWriter();
            LocalValidator local = new LocalValidator(run, new PrintWriter(lines));
            // The echo solver answers "echo:<length of the question>".
            List<EvalChallenge> pool = List.of(
                    new EvalChallenge("a", "algebra", "log", "What is 6*7?", "What is 6*7?", "echo:12"),
                    new EvalChallenge("b", "", "", "What is 6*8?", "What is 6*8?", "48"));
            local.run(pool, 3, Duration.ZERO, new CountDownLatch(1));

            String[] printed = lines.toString().split("\n");
            assertEquals(3, printed.length, lines.toString());
            assertTrue(printed[0].matches("#1 algebra/log +correct +[0-9.]+ ms  reward 0\\.[0-9]{3} "
                    + "\\(logicnet-2025-05; logicnet-2024-08 0\\.[0-9]{3}\\)"), printed[0]);
            // "echo:12" against 48: one number each, partial credit 1 - 36/48 = 0.25
            assertTrue(printed[1].matches("#2 b +wrong +[0-9.]+ ms  reward 0\\.[0-9]{3} .*"), printed[1]);
            assertTrue(printed[2].startsWith("#3 algebra/log"), printed[2]);
            assertTrue(local.summary().line().startsWith("3 sent, 3 answered, 2 correct (66.7%)"),
                    local.summary().line());
            assertTrue(local.summary().line().contains(" under logicnet-2025-05 (logicnet-2024-08 0."),
                    local.summary().line());

            // One place computes rewards: the run's result is the profile's formula, from the measured latency,
            // the same profiles as eval's.
            EvalResult scored = run.score(pool.get(0));
            assertNull(scored.answer().error());
            assertEquals(ValidatorProfiles.LOGICNET_2025_05.reward(true, 0, 1, scored.latency().toNanos() / 1e9, 20,
                    50), scored.reward(), 1e-12);
            assertEquals(ValidatorProfiles.LOGICNET_2024_08.reward(true, 0, 1, scored.latency().toNanos() / 1e9, 20,
                    50), scored.rewards().get("logicnet-2024-08"), 1e-12);
        } finally {
            http.dispatcher().executorService().shutdown();
        }
    }

    @Test
    void aRejectedRequestIsAnErrorLineScoredLikeNoAnswer() throws Exception {
        OkHttpClient http = new OkHttpClient();
        try (MinerHost host = echoMinerHost("");
             MinerNode node = MinerNode.start(host, Optional.empty())) {
            // Alice is not in the metagraph: the axon blacklists her.
            EvaluationRun run = new EvaluationRun(new AxonAnswerer(new Sr25519RequestSigner(
                    Sr25519Keypair.fromUri("//Alice")), http, new AxonTarget("127.0.0.1", node.port(), node.hotkey()),
                    "Logic"), ValidatorPanel.of(ValidatorProfiles.DEFAULT, JudgeSetup.withoutJudge(), 50),
                    String::equals, Optional.empty(), Duration.ofSeconds(20), 1);
            StringWriter lines = new StringWriter();
            LocalValidator local = new LocalValidator(run, new PrintWriter(lines));
            local.run(List.of(new EvalChallenge("a", "", "", "q", "q", "echo:1")), 1, Duration.ZERO,
                    new CountDownLatch(1));
            assertTrue(lines.toString().matches("(?s)#1 a +wrong .*\\(status 4[0-9]{2}: .*\\)\\s*"), lines.toString());
            assertTrue(local.summary().line().startsWith("1 sent, 0 answered, 0 correct"), local.summary().line());
            assertTrue(lines.toString().contains("reward 0.000"), "no reply scores 0: " + lines);
        } finally {
            http.dispatcher().executorService().shutdown();
        }
    }

    /** A host whose solver is the echo plugin's, its own fresh hotkey, a static metagraph of {@code neurons}. */
    private MinerHost echoMinerHost(String neurons) throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        TestPluginJars.echoPlugin(plugins, "echo.jar", "echo-plugin");
        Path wallets = dir.resolve("wallets");
        Wallet.of(wallets.toString(), "miner", "default").createHotkey(12, false);
        Path metagraph = Files.writeString(dir.resolve("metagraph.json"),
                "{\"netuid\":35,\"block\":0,\"neurons\":[" + neurons + "]}");
        return MinerHost.start(ConfigOverrides.parse(new String[] {"--plugins.dir", plugins.toString(),
                "--miner.solver", "echo", "--wallet.path", wallets.toString(), "--wallet.name", "miner",
                "--subtensor.network", "offline", "--metagraph.file", metagraph.toString(), "--axon.ip", "127.0.0.1",
                "--axon.port", "0", "--metrics.port", "-1"}, Set.of(), Set.of()), Optional.empty());
    }
}
