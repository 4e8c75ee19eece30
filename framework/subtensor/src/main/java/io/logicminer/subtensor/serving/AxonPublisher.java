package io.logicminer.subtensor.serving;

import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.subtensor.chain.AxonInfo;
import io.logicminer.subtensor.chain.ExtrinsicOutcome;
import io.logicminer.subtensor.chain.ServeAxonCall;
import io.logicminer.subtensor.chain.Subtensor;
import io.logicminer.subtensor.chain.SubtensorException;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Publishes the miner's axon address with {@code SubtensorModule.serve_axon}, as the SDK's
 * {@code serve_axon_extrinsic} does: only when the chain's {@code Axons(netuid, hotkey)} differs from what would be
 * published (ip, port, ip_type, protocol, version, placeholders), so a restart with the same address costs no
 * transaction (and does not hit the serving rate limit).
 */
public final class AxonPublisher implements AutoCloseable {

    /** The SDK's axon protocol number ({@code bittensor.core.axon}: {@code protocol=4}). */
    public static final int PROTOCOL = 4;

    private static final Logger LOG = LoggerFactory.getLogger(AxonPublisher.class);

    private final Subtensor chain;
    private final Sr25519Keypair hotkey;
    private final Duration timeout;
    private final Counter outcomes;
    private final PrometheusRegistry registry;

    /**
     * @param timeout  how long to wait for inclusion and finality
     * @param registry where {@code logicminer_serve_axon_total{outcome}} is registered
     */
    public AxonPublisher(Subtensor chain, Sr25519Keypair hotkey, Duration timeout, PrometheusRegistry registry) {
        this.chain = Objects.requireNonNull(chain, "chain");
        this.hotkey = Objects.requireNonNull(hotkey, "hotkey");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.registry = registry;
        this.outcomes = Counter.builder().name("logicminer_serve_axon_total")
                .help("serve_axon attempts at start, by outcome (unchanged, published, failed)")
                .labelNames("outcome").register(registry);
    }

    /**
     * Makes the chain advertise {@code address:port} for this hotkey on {@code netuid}.
     *
     * @param version the SDK {@code version_as_int} to publish
     */
    public PublishOutcome publish(int netuid, AxonAddress address, int port, long version) {
        ServeAxonCall call = new ServeAxonCall(netuid, version, address.ip(), port, address.ipType(), PROTOCOL, 0, 0);
        String where = (address.ipType() == 6 ? "[" + address.text() + "]" : address.text()) + ":" + port;
        PublishOutcome outcome;
        try {
            Optional<AxonInfo> onChain = chain.axon(netuid, hotkey.ss58Address());
            if (onChain.isPresent() && call.matches(onChain.get())) {
                outcome = new PublishOutcome(PublishOutcome.Status.UNCHANGED, "axon " + where + " already published on "
                        + "netuid " + netuid + " (block " + onChain.get().block() + "); not submitting serve_axon");
            } else {
                LOG.info("publishing axon {} on netuid {} (chain has {})", where, netuid,
                        onChain.filter(a -> !a.isUnset()).map(a -> AxonAddress.text(a.ip(), a.ipType()) + " port "
                                + a.port() + " version " + a.version()).orElse("nothing"));
                ExtrinsicOutcome result = chain.serveAxon(hotkey, call, timeout);
                outcome = result.success()
                        ? new PublishOutcome(PublishOutcome.Status.PUBLISHED, "axon " + where + " published on netuid "
                                + netuid + " in block " + result.blockHash())
                        : new PublishOutcome(PublishOutcome.Status.FAILED, "serve_axon for " + where + " on netuid "
                                + netuid + " failed: " + result.message());
            }
        } catch (SubtensorException e) {
            outcome = new PublishOutcome(PublishOutcome.Status.FAILED, "serve_axon for " + where + " on netuid " + netuid
                    + " failed: " + e.getMessage());
        }
        outcomes.labelValues(outcome.status().name().toLowerCase(java.util.Locale.ROOT)).inc();
        return outcome;
    }

    /** Removes the outcome counter from the registry. */
    @Override
    public void close() {
        registry.unregister(outcomes);
    }
}
