package io.logicminer.app.mining;

import io.logicminer.bittensor.axon.AxonConfig;
import io.logicminer.config.TypesafeComponentConfig;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.logicminer.bittensor.axon.AxonServer;
import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.bittensor.metagraph.MetagraphSource;
import io.logicminer.bittensor.metagraph.Neuron;
import io.logicminer.bittensor.metagraph.StaticFileMetagraphSource;
import io.logicminer.bittensor.verification.Sr25519RequestSigner;
import io.logicminer.bittensor.wallet.LoadedKey;
import io.logicminer.bittensor.wallet.Wallet;
import io.logicminer.core.MinerHost;
import io.logicminer.core.pipeline.SolvePipeline;
import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.Solution;
import io.logicminer.spi.category.Category;
import io.logicminer.spi.category.CategoryType;
import io.logicminer.subtensor.chain.Subtensor;
import io.logicminer.subtensor.metagraph.ChainMetagraphSource;
import io.logicminer.subtensor.serving.AxonAddress;
import io.logicminer.subtensor.serving.AxonPublisher;
import io.logicminer.subtensor.serving.PublishOutcome;
import io.logicminer.logicnet.LogicNetRoutes;
import io.logicminer.spi.SolutionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * A running miner: the host's solve pipeline behind a bittensor axon, signed with the wallet's hotkey, admitting
 * validators from a metagraph source: a static file offline, else the chain's, kept in sync.
 *
 * <p>The axon keeps {@code axon.deadline_margin} (by default {@code miner.deadline_margin}) of every validator's
 * timeout for the reply and hands the rest to the pipeline, whose primary and fallback solvers share it.
 */
public final class MinerNode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MinerNode.class);

    /** JSON-RPC over WebSocket to the configured node, metadata cached under the data dir. */
    public static final SubtensorConnector DEFAULT_CONNECTOR = ChainClients.JSON_RPC;

    /** Kept back from the axon's budget so the pipeline's reply reaches the axon before its watchdog fires. */
    static final Duration HANDOVER_MARGIN = Duration.ofMillis(200);

    private final AxonServer axon;
    private final SolvePipeline pipeline;
    private final String hotkey;
    private final List<String> warnings;

    private final List<AutoCloseable> resources;
    private volatile AxonPublication publication;

    private MinerNode(AxonServer axon, SolvePipeline pipeline, String hotkey, List<String> warnings,
                      List<AutoCloseable> resources) {
        this.axon = axon;
        this.pipeline = pipeline;
        this.hotkey = hotkey;
        this.warnings = warnings;
        this.resources = resources;
    }

    /**
     * Starts the axon for a host, with the JSON-RPC chain client for any network but {@code offline}.
     *
     * @param host the started host (config, plugins, registry)
     * @param solverOverride a solver name replacing {@code miner.solver}
     */
    public static MinerNode start(MinerHost host, Optional<String> solverOverride) {
        return start(host, solverOverride, DEFAULT_CONNECTOR);
    }

    /**
     * Starts the miner. With a chain network: reads the metagraph (or its cache file when the node is down), checks
     * that the hotkey is registered, starts the axon, then publishes its address with serve_axon when the chain's
     * differs.
     *
     * @param connector opens the chain client (tests hand in their own)
     * @throws NotRegisteredException when the hotkey is not a neuron of {@code netuid}
     */
    public static MinerNode start(MinerHost host, Optional<String> solverOverride, SubtensorConnector connector) {
        ComponentConfig root = new TypesafeComponentConfig(host.config(), "");
        ComponentConfig walletSection = root.section("wallet");
        String walletName = walletSection.getString("name", "default");
        String hotkeyName = walletSection.getString("hotkey", "default");
        Wallet wallet = Wallet.of(walletSection.getString("path", Wallet.DEFAULT_PATH), walletName, hotkeyName);
        // The hotkey's derivation (PBKDF2 over the mnemonic, then the curve) runs while the settings are read and,
        // offline, while the metagraph file is parsed and the solve pipeline built; a config error still comes first,
        // a wallet error where the key is first needed.
        CompletableFuture<LoadedKey> pendingKey = loadInBackground(wallet);
        AxonConfig axonConfig = AxonSettings.read(root);
        var policy = axonConfig.policy();
        LOG.info("miner policy {}: min_stake {}, {} requests per {} s shared by stake, {} to {} per validator{}",
                AxonSettings.preset(root.section("miner")).id(), policy.minStake(), policy.epochVolume(),
                policy.limitInterval().toSeconds(), policy.minPerValidator(),
                policy.maxPerValidator() == Integer.MAX_VALUE ? "any" : policy.maxPerValidator(),
                policy.requireValidatorPermit() ? ", validator permit required" : "");
        List<AutoCloseable> resources = new ArrayList<>();
        int netuid = root.getInt("netuid", 35);
        boolean offline = ChainSettings.offline(root);
        MetagraphSource metagraph = offline ? staticMetagraph(root) : null;
        ChainSettings chainSettings = offline ? null : ChainSettings.from(root);
        AxonAddress published = offline ? null : publishedAddress(root, axonConfig, chainSettings);
        LoadedKey key = null;
        Sr25519Keypair keypair = null;
        Subtensor subtensor = null;
        ChainMetagraphSource chainSource = null;
        if (!offline) {
            Path dataDir = dataDir(root);
            try {
                // a wallet problem is reported before any chain traffic
                key = await(pendingKey);
                keypair = key.requireKeypair();
                subtensor = connector.connect(chainSettings, dataDir, host.metrics());
                resources.add(subtensor);
                chainSource = ChainMetagraphSource.start(subtensor, netuid, chainSettings.syncInterval(),
                        dataDir.resolve("metagraph-" + netuid + ".json"), chainSettings.resubscribe(), host.clock(),
                        host.metrics());
                resources.add(0, chainSource);
                Neuron self = RegistrationCheck.require(chainSource.current(), keypair.ss58Address(), walletName,
                        hotkeyName);
                LOG.info("hotkey {} is uid {} of netuid {}", keypair.ss58Address(), self.uid(), netuid);
            } catch (RuntimeException e) {
                closeAll(resources);
                throw e;
            }
            metagraph = chainSource;
        }
        SolvePipeline pipeline;
        try {
            // The axon already kept its margin back; the pipeline keeps a little more so that its reply (a partial
            // answer at the deadline) is handed over before the axon's watchdog interrupts the handler.
            pipeline = host.pipeline(solverOverride, Optional.of(HANDOVER_MARGIN));
        } catch (RuntimeException e) {
            closeAll(resources);
            throw e;
        }
        String category = root.section("miner").getString("category", "Logic");
        if (key == null) {
            try {
                key = await(pendingKey);
                keypair = key.requireKeypair();
            } catch (RuntimeException e) {
                pipeline.close();
                closeAll(resources);
                throw e;
            }
        }
        AxonServer axon;
        try {
            axon = AxonServer.builder()
                    .config(axonConfig)
                    .signer(new Sr25519RequestSigner(keypair))
                    .metagraph(metagraph)
                    .routes(LogicNetRoutes.of(axonConfig, new PipelineLogicHandler(pipeline,
                            categories(host, category), category, host.clock())))
                    .metrics(host.metrics())
                    .start();
        } catch (RuntimeException e) {
            pipeline.close();
            closeAll(resources);
            throw e;
        }
        try {
            HTTPServer metricsServer = metricsServer(root.section("metrics"), host);
            if (metricsServer != null) {
                resources.add(metricsServer);
            }
        } catch (RuntimeException e) {
            axon.close();
            pipeline.close();
            closeAll(resources);
            throw e;
        }
        MinerNode node = new MinerNode(axon, pipeline, keypair.ss58Address(), key.warnings(), resources);
        if (chainSource != null) {
            int port = axonConfig.externalPort() != null ? axonConfig.externalPort() : axon.port();
            AxonPublisher publisher = new AxonPublisher(subtensor, keypair, chainSettings.serveTimeout(),
                    host.metrics());
            resources.add(publisher);
            // axon.bittensor_version: the SDK's version_as_int, the same number the axon's headers carry.
            AxonPublication publication = new AxonPublication(publisher, netuid, published, port,
                    axonConfig.bittensorVersion());
            node.publication = publication;
            if (chainSource.servingFromCache()) {
                LOG.warn("the chain is unreachable: serve_axon waits for the first metagraph sync");
                chainSource.onChainRead(read -> publication.publishOnce());
            } else {
                publication.publishOnce();
            }
        }
        return node;
    }

    private static CompletableFuture<LoadedKey> loadInBackground(Wallet wallet) {
        CompletableFuture<LoadedKey> result = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                result.complete(wallet.loadHotkey());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "logicminer-hotkey-load");
        loader.setDaemon(true);
        loader.start();
        return result;
    }

    /** The loaded key, or the loader's own exception (a KeyfileException keeps its type for the CLI's message). */
    private static LoadedKey await(CompletableFuture<LoadedKey> pendingKey) {
        try {
            return pendingKey.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the hotkey", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * The category of a name on the wire: its plugin's when one is loaded, else the miner's own ({@code
     * miner.category}); empty when no plugin offers the miner's own either (replies then leave without a
     * category's rules, which is logged once here).
     */
    static Function<String, Optional<Category>> categories(MinerHost host, String own) {
        Map<String, CategoryType> types = host.registry().types().categories();
        Optional<Category> mine = types.containsKey(own) ? Optional.of(host.registry().category(own))
                : Optional.empty();
        if (mine.isEmpty()) {
            LOG.warn("no loaded plugin offers the category '{}' (miner.category): replies leave without its answer"
                    + " hygiene; categories offered: {}", own, types.keySet());
        }
        return name -> name.equals(own) || !types.containsKey(name) ? mine
                : Optional.of(host.registry().category(name));
    }

    /**
     * The axon's {@code outcome} label for a solution: answered (by the primary), fallback (answered by another
     * solver), partial (not answered but something to send), empty, or the status (declined, timed_out, failed...).
     */
    static String outcome(Solution solution, String primary) {
        boolean empty = solution.reasoning().isEmpty() && solution.answer().isEmpty();
        SolutionStatus status = solution.status();
        if (status.isAnswer()) {
            if (empty) {
                return SolutionStatus.EMPTY.label();
            }
            return status == SolutionStatus.ANSWERED && !solution.solver().equals(primary)
                    ? SolutionStatus.FALLBACK.label() : status.label();
        }
        return empty ? status.label() : SolutionStatus.PARTIAL.label();
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

    /** The address to publish: {@code axon.external_ip}, else {@code axon.ip}; checked before anything starts. */
    private static AxonAddress publishedAddress(ComponentConfig root, AxonConfig axon, ChainSettings chain) {
        ComponentConfig section = root.section("axon");
        boolean external = axon.externalIp() != null;
        String key = external ? "external_ip" : "ip";
        AxonAddress address;
        try {
            address = AxonAddress.parse(axon.advertisedIp());
        } catch (IllegalArgumentException e) {
            throw section.invalid(key, e.getMessage() + "; the axon publishes an IP literal: set --axon.external_ip "
                    + "to this machine's public IPv4 or IPv6 address");
        }
        if (chain.publicNetwork() && address.isUnroutable()) {
            throw section.invalid(key, "'" + axon.advertisedIp() + "'" + (external ? "" : " (axon.ip, the listen "
                    + "address)") + " is a wildcard or loopback address, which validators on " + chain.network()
                    + " cannot reach; set --axon.external_ip to this machine's public IP (and --axon.external_port "
                    + "when a NAT forwards another port)");
        }
        return address;
    }

    private static Path dataDir(ComponentConfig root) {
        return Path.of(root.section("data").getString("dir",
                Path.of(System.getProperty("user.home"), ".logicminer").toString()));
    }

    private static MetagraphSource staticMetagraph(ComponentConfig root) {
        ComponentConfig metagraph = root.section("metagraph");
        if (!metagraph.has("file")) {
            throw metagraph.invalid("file", "is required with --subtensor.network offline: a static metagraph "
                    + "JSON ({\"netuid\":35,\"neurons\":[...]}); see conf/metagraph.sample.json");
        }
        return new StaticFileMetagraphSource(Path.of(metagraph.getString("file")));
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (AutoCloseable r : resources) {
            try {
                r.close();
            } catch (Exception e) {
                LOG.debug("closing {} failed: {}", r, e.toString());
            }
        }
    }

    /** What serve_axon did at start (empty offline, or while it waits for the chain). */
    public Optional<PublishOutcome> publishOutcome() {
        return publication == null ? Optional.empty() : publication.outcome();
    }

    /** The chain metagraph source (empty offline). */
    public Optional<ChainMetagraphSource> chainMetagraph() {
        return resources.stream().filter(r -> r instanceof ChainMetagraphSource)
                .map(r -> (ChainMetagraphSource) r).findFirst();
    }

    /** The port the axon listens on. */
    public int port() {
        return axon.port();
    }

    /** The metrics port, or -1 when metrics are off. */
    public int metricsPort() {
        return resources.stream().filter(r -> r instanceof HTTPServer).mapToInt(r -> ((HTTPServer) r).getPort())
                .findFirst().orElse(-1);
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
            try {
                pipeline.close();
            } finally {
                closeAll(resources);
            }
        }
    }
}
