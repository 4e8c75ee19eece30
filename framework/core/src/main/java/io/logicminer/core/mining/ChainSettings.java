package io.logicminer.core.mining;

import io.logicminer.spi.ComponentConfig;

import java.time.Duration;
import java.util.Locale;

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

    public static final String FINNEY = "wss://entrypoint-finney.opentensor.ai:443";
    public static final String TEST = "wss://test.finney.opentensor.ai:443";
    public static final String LOCAL = "ws://127.0.0.1:9944";

    /** Whether {@code subtensor.network} is {@code offline} (no chain: a static metagraph file). */
    public static boolean offline(ComponentConfig root) {
        return root.section("subtensor").getString("network", "finney").equals("offline");
    }

    /** Reads the {@code subtensor} section; errors name the key. */
    public static ChainSettings from(ComponentConfig root) {
        ComponentConfig s = root.section("subtensor");
        String network = s.getString("network", "finney").strip();
        String byName = switch (network.toLowerCase(Locale.ROOT)) {
            case "finney" -> FINNEY;
            case "test" -> TEST;
            case "local" -> LOCAL;
            default -> null;
        };
        if (byName == null && !isWebSocketUrl(network)) {
            throw s.invalid("network", "'" + network + "' is not a network: use finney, test, local, offline or a "
                    + "ws:// / wss:// URL (or set subtensor.chain_endpoint)");
        }
        String endpoint = byName == null ? network : byName;
        if (s.has("chain_endpoint") && !s.getString("chain_endpoint").isBlank()) {
            endpoint = s.getString("chain_endpoint").strip();
            if (!isWebSocketUrl(endpoint)) {
                throw s.invalid("chain_endpoint", "'" + endpoint + "' is not a ws:// or wss:// URL");
            }
        }
        boolean publicNetwork = network.equalsIgnoreCase("finney") || network.equalsIgnoreCase("test")
                || endpoint.equals(FINNEY) || endpoint.equals(TEST);
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

    private static boolean isWebSocketUrl(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return (lower.startsWith("ws://") || lower.startsWith("wss://")) && text.length() > 6;
    }
}
