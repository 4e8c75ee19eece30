package io.logicminer.app.mining;

import io.logicminer.subtensor.chain.Subtensor;

import java.nio.file.Path;

/**
 * Opens the chain client for a miner. The default connects over JSON-RPC; tests hand in their own. Connecting must
 * not fail when the node is down (reads fail instead), so a miner can start from its metagraph cache.
 */
@FunctionalInterface
public interface SubtensorConnector {

    /**
     * @param dataDir the host's data directory (metadata cache)
     */
    Subtensor connect(ChainSettings settings, Path dataDir, io.prometheus.metrics.model.registry.PrometheusRegistry
            metrics);
}
