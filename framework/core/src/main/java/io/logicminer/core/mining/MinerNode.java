package io.logicminer.core.mining;

import io.logicminer.bittensor.axon.AxonConfig;
import io.logicminer.bittensor.axon.AxonServer;
import io.logicminer.bittensor.axon.LogicAnswer;
import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.bittensor.metagraph.MetagraphSource;
import io.logicminer.bittensor.metagraph.StaticFileMetagraphSource;
import io.logicminer.bittensor.verification.Sr25519RequestSigner;
import io.logicminer.bittensor.wallet.LoadedKey;
import io.logicminer.bittensor.wallet.Wallet;
import io.logicminer.core.MinerHost;
import io.logicminer.core.config.TypesafeComponentConfig;
import io.logicminer.core.pipeline.SolvePipeline;
import io.logicminer.spi.Challenge;
import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.Solution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A running miner: the host's solve pipeline behind a bittensor axon, signed with the wallet's hotkey, admitting
 * validators from a metagraph source.
 *
 * <p>The axon keeps {@code axon.deadline_margin} (by default {@code miner.deadline_margin}) of every validator's
 * timeout for the reply and hands the rest to the pipeline, whose primary and fallback solvers share it.
 */
public final class MinerNode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MinerNode.class);

    private final AxonServer axon;
    /** Kept back from the axon's budget so the pipeline's reply reaches the axon before its timer fires. */
    static final Duration HANDOVER_MARGIN = Duration.ofMillis(200);

    private final SolvePipeline pipeline;
    private final String hotkey;
    private final List<String> warnings;

    private MinerNode(AxonServer axon, SolvePipeline pipeline, String hotkey, List<String> warnings) {
        this.axon = axon;
        this.pipeline = pipeline;
        this.hotkey = hotkey;
        this.warnings = warnings;
    }

    /**
     * Starts the axon for a host.
     *
     * @param host the started host (config, plugins, registry)
     * @param solverOverride a solver name replacing {@code miner.solver}
     */
    public static MinerNode start(MinerHost host, Optional<String> solverOverride) {
        ComponentConfig root = new TypesafeComponentConfig(host.config(), "");
        MetagraphSource metagraph = metagraphSource(root);
        ComponentConfig walletSection = root.section("wallet");
        Wallet wallet = Wallet.of(walletSection.getString("path", Wallet.DEFAULT_PATH),
                walletSection.getString("name", "default"), walletSection.getString("hotkey", "default"));
        LoadedKey key = wallet.loadHotkey();
        Sr25519Keypair keypair = key.requireKeypair();
        AxonConfig axonConfig = AxonConfig.from(root);
        // The axon already kept its margin back; the pipeline keeps a little more so that its reply (a partial
        // answer at the deadline) is handed over before the axon's own timer gives up on the handler.
        SolvePipeline pipeline = host.pipeline(solverOverride, Optional.of(HANDOVER_MARGIN));
        String category = root.section("miner").getString("category", "Logic");
        AxonServer axon;
        try {
            axon = AxonServer.builder()
                    .config(axonConfig)
                    .signer(new Sr25519RequestSigner(keypair))
                    .metagraph(metagraph)
                    .handler((question, budget, who) -> {
                        Duration timeout = question.timeout() > 0
                                ? Duration.ofMillis((long) (question.timeout() * 1000)) : budget;
                        String id = question.taskUid() == null || question.taskUid().isBlank()
                                ? UUID.randomUUID().toString() : question.taskUid();
                        Challenge challenge = new Challenge(id, question.question(),
                                question.category() == null || question.category().isBlank() ? category
                                        : question.category(),
                                timeout.isZero() || timeout.isNegative() ? Duration.ofSeconds(1) : timeout,
                                host.clock().instant().plus(budget));
                        Solution solution = pipeline.solve(challenge);
                        if (!solution.isAnswered()) {
                            LOG.info("uid {} got no answer: {} {}", who.uid(),
                                    solution.status().name().toLowerCase(Locale.ROOT), solution.error());
                        }
                        return new LogicAnswer(solution.reasoning(), solution.answer());
                    })
                    .start();
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
        return new MinerNode(axon, pipeline, keypair.ss58Address(), key.warnings());
    }

    private static MetagraphSource metagraphSource(ComponentConfig root) {
        ComponentConfig subtensor = root.section("subtensor");
        String network = subtensor.getString("network", "finney");
        ComponentConfig metagraph = root.section("metagraph");
        if (network.equals("offline")) {
            if (!metagraph.has("file")) {
                throw metagraph.invalid("file", "is required with --subtensor.network offline: a static metagraph "
                        + "JSON ({\"netuid\":35,\"neurons\":[...]}); see conf/metagraph.sample.json");
            }
            return new StaticFileMetagraphSource(Path.of(metagraph.getString("file")));
        }
        throw subtensor.invalid("network", "'" + network + "' needs the chain client, which this version does not "
                + "have yet; run with --subtensor.network offline --metagraph.file FILE");
    }

    /** The port the axon listens on. */
    public int port() {
        return axon.port();
    }

    /** The metrics port, or -1 when metrics are off. */
    public int metricsPort() {
        return axon.metricsPort();
    }

    /** The miner's hotkey (ss58). */
    public String hotkey() {
        return hotkey;
    }

    /** Warnings about the wallet file (e.g. readable by others). */
    public List<String> warnings() {
        return warnings;
    }

    /** The solve pipeline's primary solver name. */
    public String solverName() {
        return pipeline.primaryName();
    }

    /** Stops accepting requests, drains in-flight ones, then stops the pipeline. */
    @Override
    public void close() {
        try {
            axon.close();
        } finally {
            pipeline.close();
        }
    }
}
