package io.logicminer.logicnet;

import io.logicminer.bittensor.axon.AxonConfig;
import io.logicminer.bittensor.axon.AxonServer;
import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.bittensor.dendrite.AxonTarget;
import io.logicminer.bittensor.dendrite.Dendrite;
import io.logicminer.bittensor.metagraph.AxonEndpoint;
import io.logicminer.bittensor.metagraph.FixedMetagraphSource;
import io.logicminer.bittensor.metagraph.Metagraph;
import io.logicminer.bittensor.metagraph.Neuron;
import io.logicminer.bittensor.synapse.Synapse;
import io.logicminer.bittensor.synapse.SynapseHeaders;
import io.logicminer.bittensor.synapse.SynapseJson;
import io.logicminer.bittensor.verification.NonceClock;
import io.logicminer.bittensor.verification.Sr25519RequestSigner;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Keys, a metagraph and helpers shared by the axon tests. */
final class AxonFixture {

    static final Sr25519Keypair MINER = Sr25519Keypair.fromUri("//Miner");
    /** uid 1: a validator with plenty of stake and a permit. */
    static final Sr25519Keypair VALIDATOR = Sr25519Keypair.fromUri("//Validator");
    /** uid 2: registered, stake below the minimum. */
    static final Sr25519Keypair POOR = Sr25519Keypair.fromUri("//Poor");
    /** uid 3: enough stake, no validator permit. */
    static final Sr25519Keypair NO_PERMIT = Sr25519Keypair.fromUri("//NoPermit");
    /** uid 4: a second validator with more stake than uid 1. */
    static final Sr25519Keypair RICH = Sr25519Keypair.fromUri("//Rich");
    /** Not in the metagraph. */
    static final Sr25519Keypair STRANGER = Sr25519Keypair.fromUri("//Stranger");

    static final OkHttpClient HTTP = new OkHttpClient();

    private AxonFixture() {
    }

    static Metagraph metagraph() {
        return new Metagraph(35, 0, List.of(
            new Neuron(0, MINER.ss58Address(), "", 0, false, true, new AxonEndpoint("127.0.0.1", 8091)),
            new Neuron(1, VALIDATOR.ss58Address(), "", 20_000, true, true, null),
            new Neuron(2, POOR.ss58Address(), "", 500, true, true, null),
            new Neuron(3, NO_PERMIT.ss58Address(), "", 15_000, false, true, null),
            new Neuron(4, RICH.ss58Address(), "", 80_000, true, true, null)));
    }

    static AxonConfig.Builder config() {
        return AxonConfig.builder().ip("127.0.0.1").port(0).shutdownGrace(java.time.Duration.ofSeconds(10));
    }

    static AxonServer start(AxonConfig config, LogicHandler handler) {
        return AxonServer.builder().config(config).signer(new Sr25519RequestSigner(MINER))
            .metagraph(new FixedMetagraphSource(metagraph())).routes(LogicNetRoutes.of(config, handler)).start();
    }

    static Dendrite dendrite(Sr25519Keypair key) {
        return dendrite(key, NonceClock.SYSTEM);
    }

    static Dendrite dendrite(Sr25519Keypair key, NonceClock clock) {
        return new Dendrite(new Sr25519RequestSigner(key), HTTP, "127.0.0.1", 9_000_000, clock);
    }

    static AxonTarget target(AxonServer axon) {
        return new AxonTarget("127.0.0.1", axon.port(), MINER.ss58Address());
    }

    /** A raw HTTP answer. */
    record Raw(int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.get(0);
        }
    }

    /** Posts an already prepared synapse as-is (headers and body), optionally with another body. */
    static Raw post(AxonServer axon, Synapse prepared, byte[] bodyOverride, Map<String, String> headerOverrides)
        throws IOException {
        Request.Builder request = new Request.Builder()
            .url("http://127.0.0.1:" + axon.port() + "/" + prepared.kind().name())
            .post(RequestBody.create(bodyOverride != null ? bodyOverride : SynapseJson.toBytes(prepared),
                MediaType.get("application/json")));
        SynapseHeaders.toHeaders(prepared).forEach(request::header);
        headerOverrides.forEach((k, v) -> {
            if (v == null) {
                request.removeHeader(k);
            } else {
                request.header(k, v);
            }
        });
        try (Response response = HTTP.newCall(request.build()).execute()) {
            return new Raw(response.code(), response.headers().toMultimap(), response.body().string());
        }
    }

    static Raw post(AxonServer axon, Synapse prepared) throws IOException {
        return post(axon, prepared, null, Map.of());
    }
}
