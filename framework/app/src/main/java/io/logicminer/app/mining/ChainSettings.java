package io.logicminer.app.mining;

import io.logicminer.spi.ComponentConfig;
import io.logicminer.subtensor.rpc.ChainEndpoint;
import io.logicminer.subtensor.rpc.SubtensorEndpoints;

import java.time.Duration;

/**
 * The {@code subtensor} section: which node to talk to and how patiently.
 *
 * @param network              finney, test, local, or a ws(s):// URL
 * @param endpoint             the WebSocket URL actually used ({@code subtensor.chain_endpoint} wins)
 * @param publicNetwork        true on finney and test, where a wildcard or loopback axon address is refused
 * @param syncInterval         blocks between metagraph syncs
 * @param callTimeout          per JSON-RPC call
 * @param serveTimeout         how long serve_axon may take to be finalized
 * @param resubscribe          how often to retry the finalized-head subscription while the node is away
 */
public record ChainSettings(String network, String endpoint, boolean publicNetwork, long syncInterval,
                            Duration callTimeout, Duration serveTimeout, Duration resubscribe) {

    /** Whether {@code subtensor.network} is {@code offline} (no chain: a static metagraph file). */
    public static boolean offline(ComponentConfig root) {
        return root.section("subtensor").getString("network", "finney").equals("offline");
    }

    /** Reads the {@code subtensor} section; errors name the key. */
    public static ChainSettings from(ComponentConfig root) {
        ComponentConfig s = root.section("subtensor");
        String network = s.getString("network", "finney").strip();
        String chainEndpoint = s.has("chain_endpoint") ? s.getString("chain_endpoint") : null;
        ChainEndpoint resolved;
        try {
            resolved = SubtensorEndpoints.resolve(network, chainEndpoint).orElseThrow(() ->
                    new IllegalArgumentException("subtensor.network = offline has no chain endpoint"));
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw s.invalid(message.startsWith(SubtensorEndpoints.CHAIN_ENDPOINT_KEY) ? "chain_endpoint" : "network",
                    message);
        }
        String endpoint = resolved.url().toString();
        // finney and test (by name or by their URL): validators there cannot reach a wildcard or loopback address.
        boolean publicNetwork = network.equalsIgnoreCase("finney") || network.equalsIgnoreCase("test")
                || resolved.network().equals("finney") || resolved.network().equals("test");
        long syncInterval = s.getLong("sync_interval", 100);
        if (syncInterval < 1) {
            throw s.invalid("sync_interval", "must be at least 1 block, got " + syncInterval);
        }
        Duration callTimeout = positive(s, "call_timeout", Duration.ofSeconds(30));
        Duration serveTimeout = positive(s, "serve_timeout", Duration.ofSeconds(120));
        Duration resubscribe = positive(s, "resubscribe_interval", Duration.ofSeconds(12));
        return new ChainSettings(network, endpoint, publicNetwork, syncInterval, callTimeout, serveTimeout,
                resubscribe);
    }

    private static Duration positive(ComponentConfig s, String key, Duration fallback) {
        Duration d = s.getDuration(key, fallback);
        if (d.isNegative() || d.isZero()) {
            throw s.invalid(key, "must be a positive duration, got " + d);
        }
        return d;
    }

}
