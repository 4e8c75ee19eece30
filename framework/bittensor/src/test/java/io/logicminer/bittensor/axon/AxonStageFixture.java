package io.logicminer.bittensor.axon;

import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.bittensor.dendrite.Dendrite;
import io.logicminer.bittensor.metagraph.AxonEndpoint;
import io.logicminer.bittensor.metagraph.Metagraph;
import io.logicminer.bittensor.metagraph.Neuron;
import io.logicminer.bittensor.testing.EchoSynapse;
import io.logicminer.bittensor.verification.NonceClock;
import io.logicminer.bittensor.verification.Sr25519RequestSigner;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * Keys, a metagraph and routes for the generic axon's stage tests, with the subnet-neutral {@link EchoSynapse}
 * (LogicNet's routes and their end-to-end tests live in logicminer-logicnet).
 */
final class AxonStageFixture {

    static final Sr25519Keypair MINER = Sr25519Keypair.fromUri("//Miner");
    /** uid 1: a validator with plenty of stake and a permit. */
    static final Sr25519Keypair VALIDATOR = Sr25519Keypair.fromUri("//Validator");

    private static final OkHttpClient HTTP = new OkHttpClient();

    private AxonStageFixture() {
    }

    static Metagraph metagraph() {
        return new Metagraph(35, 0, List.of(
            new Neuron(0, MINER.ss58Address(), "", 0, false, true, new AxonEndpoint("127.0.0.1", 8091)),
            new Neuron(1, VALIDATOR.ss58Address(), "", 20_000, true, true, null)));
    }

    static AxonConfig.Builder config() {
        return AxonConfig.builder().ip("127.0.0.1").port(0).shutdownGrace(java.time.Duration.ofSeconds(10));
    }

    /** The SDK's ping (open) and {@link EchoSynapse} (gated, {@code text} capped at {@code maxChars}). */
    static List<AxonRoute> routes(int maxChars) {
        return List.of(new AxonRoute(io.logicminer.bittensor.synapse.SynapseKind.PING, AxonRoute.Access.OPEN,
                new PingHandler()),
            new AxonRoute(EchoSynapse.KIND, AxonRoute.Access.GATED, EchoSynapse.handler(maxChars)));
    }

    static Dendrite dendrite(Sr25519Keypair key) {
        return new Dendrite(new Sr25519RequestSigner(key), HTTP, "127.0.0.1", 9_000_000, NonceClock.SYSTEM);
    }
}
