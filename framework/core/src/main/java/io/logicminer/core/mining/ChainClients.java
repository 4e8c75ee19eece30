package io.logicminer.core.mining;

import io.logicminer.subtensor.chain.SubtensorException;

/** The chain clients the miner knows. */
final class ChainClients {

    /** JSON-RPC over WebSocket to {@link ChainSettings#endpoint()}, metadata cached under the data dir. */
    static final SubtensorConnector JSON_RPC = (settings, dataDir, metrics) -> {
        throw new SubtensorException("the JSON-RPC chain client is not wired yet");
    };

    private ChainClients() {
    }
}
