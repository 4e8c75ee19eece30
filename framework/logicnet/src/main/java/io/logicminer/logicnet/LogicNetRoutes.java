package io.logicminer.logicnet;

import io.logicminer.bittensor.axon.AxonConfig;
import io.logicminer.bittensor.axon.AxonRoute;
import io.logicminer.bittensor.axon.PingHandler;
import io.logicminer.bittensor.synapse.SynapseKind;
import java.util.List;
import java.util.Objects;

/**
 * LogicNet's axon routes, for {@code AxonServer.builder().routes(...)}: the SDK's ping {@code Synapse} (open),
 * {@code LogicSynapse} (gated: blacklist, signature, volume; answered by a {@link LogicHandler}, questions capped at
 * {@code axon.max_question_bytes}) and {@code Information} (open: the miner's epoch volume and category).
 *
 * <pre>{@code
 * AxonServer axon = AxonServer.builder()
 *     .config(config)
 *     .signer(new Sr25519RequestSigner(hotkeyPair))
 *     .metagraph(metagraphSource)
 *     .routes(LogicNetRoutes.of(config, (question, budget, who) -> pipeline.solve(question, budget)))
 *     .start();
 * }</pre>
 */
public final class LogicNetRoutes {

    private LogicNetRoutes() {
    }

    /** Ping, {@code LogicSynapse} answered by {@code handler}, and {@code Information}, in that order. */
    public static List<AxonRoute> of(AxonConfig config, LogicHandler handler) {
        Objects.requireNonNull(handler, "logic handler is required");
        return List.of(
            new AxonRoute(SynapseKind.PING, AxonRoute.Access.OPEN, new PingHandler()),
            new AxonRoute(LogicSynapse.KIND, AxonRoute.Access.GATED,
                new LogicSynapseHandler(handler, config.maxQuestionBytes())),
            new AxonRoute(InformationSynapse.KIND, AxonRoute.Access.OPEN,
                new InformationHandler(config.policy().epochVolume(), config.policy().category())));
    }
}
