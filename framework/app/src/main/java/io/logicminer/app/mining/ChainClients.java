package io.logicminer.app.mining;

import io.logicminer.subtensor.chain.MetadataCache;
import io.logicminer.subtensor.chain.RpcExtrinsicSubmitter;
import io.logicminer.subtensor.chain.RpcNode;
import io.logicminer.subtensor.chain.SubtensorClient;

import java.net.URI;

/** The chain clients the miner knows. */
final class ChainClients {

    /**
     * JSON-RPC over WebSocket to {@link ChainSettings#endpoint()}, runtime metadata cached under
     * {@code <data dir>/chain}. Connects on first use, so a node that is down at start is not an error here.
     */
    static final SubtensorConnector JSON_RPC = (settings, dataDir, metrics) -> {
        RpcNode node = new RpcNode(URI.create(settings.endpoint()), settings.callTimeout());
        return new SubtensorClient(node, new MetadataCache(dataDir.resolve("chain")), new RpcExtrinsicSubmitter(node));
    };

    private ChainClients() {
    }
}
