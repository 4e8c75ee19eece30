package io.logicminer.subtensor.rpc;

import java.net.URI;

/**
 * The node to talk to: its WebSocket URL and the network name it was chosen by ("finney", "test", "local",
 * "archive", or "custom" when {@code subtensor.chain_endpoint} or a URL given as the network chose it).
 */
public record ChainEndpoint(String network, URI url) {
}
