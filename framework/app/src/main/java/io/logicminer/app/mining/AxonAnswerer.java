package io.logicminer.app.mining;

import io.logicminer.bittensor.dendrite.AxonTarget;
import io.logicminer.bittensor.dendrite.Dendrite;
import io.logicminer.bittensor.dendrite.DendriteResult;
import io.logicminer.logicnet.LogicSynapse;
import io.logicminer.bittensor.verification.NonceClock;
import io.logicminer.bittensor.verification.RequestSigner;
import io.logicminer.evaluation.run.AnswerResult;
import io.logicminer.evaluation.run.ChallengeAnswerer;
import io.logicminer.evaluation.run.EvalChallenge;
import okhttp3.OkHttpClient;

import java.time.Duration;

/**
 * Asks a miner over the signed axon protocol, as a validator's dendrite does: one {@code LogicSynapse} per
 * challenge, the latency measured around the call. Serves {@code eval --target} and {@code mine --local}.
 */
public final class AxonAnswerer implements ChallengeAnswerer {

    /** The dendrite version field a current bittensor validator sends. */
    private static final long DENDRITE_VERSION = 9_000_000;

    private final RequestSigner signer;
    private final OkHttpClient http;
    private final AxonTarget target;
    private final String category;

    /**
     * @param signer signs requests as the validator's hotkey
     * @param http the HTTP client (its connection pool is shared by all calls)
     * @param target the miner's axon and hotkey
     * @param category the synapse's category, e.g. {@code Logic}
     */
    public AxonAnswerer(RequestSigner signer, OkHttpClient http, AxonTarget target, String category) {
        this.signer = signer;
        this.http = http;
        this.target = target;
        this.category = category;
    }

    @Override
    public AnswerResult answer(EvalChallenge challenge, Duration timeout) {
        // One dendrite (one uuid) per request: concurrent requests of one uuid could arrive out of nonce order,
        // and the axon rejects a nonce older than the last one it saw for that uuid.
        Dendrite dendrite = new Dendrite(signer, http, "127.0.0.1", DENDRITE_VERSION, NonceClock.SYSTEM);
        long start = System.nanoTime();
        DendriteResult result = dendrite.call(target, LogicSynapse.question(challenge.question(), category,
                (int) Math.max(1, timeout.toSeconds()), challenge.id()).toSynapse(), timeout);
        Duration latency = Duration.ofNanos(System.nanoTime() - start);
        if (!result.isSuccess()) {
            return AnswerResult.noReply(latency, "status " + result.statusCode() + ": " + result.statusMessage());
        }
        LogicSynapse answered = LogicSynapse.from(result.synapse());
        String answer = answered.logicAnswer() == null || answered.logicAnswer().isNull() ? ""
                : answered.logicAnswer().asText();
        String reasoning = answered.logicReasoning() == null ? "" : answered.logicReasoning();
        return new AnswerResult(answer, reasoning, latency,
                answer.isBlank() ? "declined: the miner sent no answer" : null);
    }
}
