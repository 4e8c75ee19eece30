package io.logicminer.core.mining;

import io.logicminer.bittensor.axon.AxonConfig;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
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
import io.logicminer.spi.SolutionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
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
    private final SolvePipeline pipeline;
    private final HTTPServer metricsServer;
    private final String hotkey;
    private final List<String> warnings;

    private MinerNode(AxonServer axon, SolvePipeline pipeline, HTTPServer metricsServer, String hotkey,
                      List<String> warnings) {
        this.axon = axon;
        this.pipeline = pipeline;
        this.metricsServer = metricsServer;
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
        AxonConfig axonConfig = AxonSettings.read(root);
        SolvePipeline pipeline = host.pipeline(solverOverride, Optional.of(Duration.ZERO));
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
                        return new LogicAnswer(solution.reasoning(), solution.answer(),
                                outcome(solution, pipeline.primaryName()));
                    })
                    .metrics(host.metrics())
                    .start();
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
        HTTPServer metricsServer;
        try {
            metricsServer = metricsServer(root.section("metrics"), host);
        } catch (RuntimeException e) {
            axon.close();
            pipeline.close();
            throw e;
        }
        return new MinerNode(axon, pipeline, metricsServer, keypair.ss58Address(), key.warnings());
    }

    /**
     * The axon's {@code outcome} label for a solution: answered (by the primary), fallback (answered by another
     * solver), partial (not answered but something to send), empty, or the status (declined, timed_out, failed...).
     */
    static String outcome(Solution solution, String primary) {
        boolean empty = solution.reasoning().isEmpty() && solution.answer().isEmpty();
        if (solution.status() == SolutionStatus.ANSWERED) {
            return empty ? "empty" : solution.solver().equals(primary) ? "answered" : "fallback";
        }
        if (!empty) {
            return "partial";
        }
        return solution.status().name().toLowerCase(Locale.ROOT);
    }

    /** Prometheus on {@code metrics.host:metrics.port} (port -1: off) with JVM and process metrics. */
    private static HTTPServer metricsServer(ComponentConfig metrics, MinerHost host) {
        int port = metrics.getInt("port", 9091);
        if (port < -1 || port > 65535) {
            throw metrics.invalid("port", "must be -1 (off) or 0..65535, got " + port);
        }
        if (port < 0) {
            return null;
        }
        String address = metrics.getString("host", "0.0.0.0");
        JvmMetrics.builder().register(host.metrics());
        try {
            return HTTPServer.builder().hostname(address).port(port).registry(host.metrics()).buildAndStart();
        } catch (IOException e) {
            throw metrics.invalid("port", "cannot serve metrics on " + address + ":" + port + " (" + e.getMessage()
                    + "); set metrics.port to a free port, or -1 to turn metrics off");
        }
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
        return metricsServer == null ? -1 : metricsServer.getPort();
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
            if (metricsServer != null) {
                metricsServer.close();
            }
        }
    }
}
