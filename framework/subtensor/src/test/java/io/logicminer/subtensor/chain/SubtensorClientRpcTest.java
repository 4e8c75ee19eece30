package io.logicminer.subtensor.chain;

import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.subtensor.metagraph.ChainMetagraph;
import io.logicminer.subtensor.metagraph.ChainMetagraphReader;
import io.logicminer.subtensor.metagraph.StakeSource;
import io.logicminer.subtensor.serving.AxonAddress;
import io.logicminer.subtensor.serving.AxonPublisher;
import io.logicminer.subtensor.serving.PublishOutcome;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static io.logicminer.subtensor.chain.SubtensorClientTest.ALICE;
import static io.logicminer.subtensor.chain.SubtensorClientTest.BOB;
import static io.logicminer.subtensor.chain.SubtensorClientTest.CHARLIE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The client over a real WebSocket JSON-RPC connection to a scripted node serving finney-shaped payloads. */
class SubtensorClientRpcTest {

    @TempDir
    Path dir;

    private final FakeSubtensorChain chain = FakeSubtensorChain.start();
    private final Sr25519Keypair alice = Sr25519Keypair.fromUri("//Alice");

    @AfterEach
    void stop() {
        chain.close();
    }

    private SubtensorClient client() {
        RpcNode node = new RpcNode(URI.create(chain.url()), Duration.ofSeconds(10));
        return new SubtensorClient(node, new MetadataCache(dir), new RpcExtrinsicSubmitter(node));
    }

    private void twoNeurons() {
        chain.neurons(35, List.of(
                new ChainPayloads.TestNeuron(0, ALICE, BOB, false, 1_000_000_000L, 2_000_000_000L, null, 0),
                new ChainPayloads.TestNeuron(1, CHARLIE, BOB, true, 5_000_000_000L, 40_000_000_000_000L, "203.0.113.9",
                        8091)));
    }

    @Test
    void readsTheMetagraphOverJsonRpc() {
        twoNeurons();
        try (SubtensorClient client = client()) {
            ChainMetagraph read = new ChainMetagraphReader(client).read(35);
            assertEquals(StakeSource.SUBNET_STATE_TOTAL_STAKE, read.stakeSource());
            assertEquals(0x874e78, read.metagraph().block());
            assertEquals(40_000.0, read.metagraph().byHotkey(CHARLIE).stake(), 1e-9);
            assertEquals("203.0.113.9", read.metagraph().byHotkey(CHARLIE).axon().ip());
            assertEquals(1, read.validators());
        }
    }

    @Test
    void fallsBackToTheNeuronsStakeWithoutGetSubnetState() {
        twoNeurons();
        chain.withoutSubnetState();
        try (SubtensorClient client = client()) {
            ChainMetagraph read = new ChainMetagraphReader(client).read(35);
            assertEquals(StakeSource.NEURON_STAKE, read.stakeSource());
            assertEquals(5.0, read.metagraph().byHotkey(CHARLIE).stake(), 1e-9);
        }
    }

    @Test
    void publishesTheAxonOnceAndReadsTheOutcomeFromTheBlocksEvents() {
        twoNeurons();
        try (SubtensorClient client = client()) {
            AxonPublisher publisher = new AxonPublisher(client, alice, Duration.ofSeconds(20), new PrometheusRegistry());
            PublishOutcome first = publisher.publish(35, AxonAddress.parse("198.51.100.23"), 8091, 10_002_000);
            assertEquals(PublishOutcome.Status.PUBLISHED, first.status(), first.message());
            assertEquals(1, chain.served().size());
            ServeAxonCall served = chain.served().get(0);
            assertEquals(AxonAddress.parse("198.51.100.23").ip(), served.ip());
            assertEquals(8091, served.port());
            assertEquals(10_002_000, served.version());
            assertEquals(4, served.protocol());

            PublishOutcome again = publisher.publish(35, AxonAddress.parse("198.51.100.23"), 8091, 10_002_000);
            assertEquals(PublishOutcome.Status.UNCHANGED, again.status(), again.message());
            assertEquals(1, chain.node().calls("author_submitAndWatchExtrinsic"));
        }
    }

    @Test
    void aModuleErrorIsReportedByNameAndDocs() {
        twoNeurons();
        chain.failNextWith("ServingRateLimitExceeded");
        try (SubtensorClient client = client()) {
            ExtrinsicOutcome outcome = client.serveAxon(alice, new ServeAxonCall(35, 10_002_000,
                    AxonAddress.parse("198.51.100.23").ip(), 8091, 4, 4, 0, 0), Duration.ofSeconds(20));
            assertEquals("ServingRateLimitExceeded", outcome.error(), outcome.message());
            assertTrue(outcome.message().contains("ServingRateLimitExceeded"), outcome.message());
            assertTrue(chain.served().isEmpty());
        }
    }

    @Test
    void aPoolRejectionWithACustomErrorIsExplained() {
        twoNeurons();
        chain.node().fail("author_submitAndWatchExtrinsic", 1010, "Invalid Transaction", "Custom error: 12");
        try (SubtensorClient client = client()) {
            AxonPublisher publisher = new AxonPublisher(client, alice, Duration.ofSeconds(20), new PrometheusRegistry());
            PublishOutcome outcome = publisher.publish(35, AxonAddress.parse("198.51.100.23"), 8091, 10_002_000);
            assertEquals(PublishOutcome.Status.FAILED, outcome.status());
            assertTrue(outcome.message().contains("1010"), outcome.message());
            assertTrue(outcome.message().contains("custom error 12"), outcome.message());
        }
    }

    @Test
    void aNodeThatIsDownFailsReadsWithoutFailingTheConnect() {
        chain.node().stop();
        try (SubtensorClient client = client()) {
            SubtensorException e = assertThrows(SubtensorException.class, () -> client.neuronsLite(35));
            assertTrue(e.getMessage().contains("127.0.0.1"), e.getMessage());
        }
    }
}
