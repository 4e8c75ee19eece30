package io.logicminer.subtensor.rpc;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which node {@code subtensor.network} and {@code subtensor.chain_endpoint} mean, as the bittensor SDK reads them:
 * a network name maps to the public entrypoint, {@code chain_endpoint} (when set) overrides it, and a ws:// or wss://
 * URL given as the network is taken as the endpoint. {@code offline} means no chain at all (the miner reads its
 * metagraph from a file). Takes plain strings: the host reads its config and passes them in.
 */
public final class SubtensorEndpoints {
    public static final String NETWORK_KEY = "subtensor.network";
    public static final String CHAIN_ENDPOINT_KEY = "subtensor.chain_endpoint";
    public static final String OFFLINE = "offline";

    /** The bittensor SDK's entrypoints. */
    public static final Map<String, URI> NETWORKS;

    static {
        Map<String, URI> networks = new LinkedHashMap<>();
        networks.put("finney", URI.create("wss://entrypoint-finney.opentensor.ai:443"));
        networks.put("test", URI.create("wss://test.finney.opentensor.ai:443"));
        networks.put("archive", URI.create("wss://archive.chain.opentensor.ai:443"));
        networks.put("local", URI.create("ws://127.0.0.1:9944"));
        NETWORKS = java.util.Collections.unmodifiableMap(networks);
    }

    private SubtensorEndpoints() {
    }

    /**
     * @param network {@code subtensor.network}: finney, test, archive, local, offline, or a ws:// / wss:// URL
     * @param chainEndpoint {@code subtensor.chain_endpoint}: a ws:// or wss:// URL, or null/blank for none
     * @return the endpoint, or empty for {@code offline}
     * @throws IllegalArgumentException naming the key, the bad value and the choices
     */
    public static Optional<ChainEndpoint> resolve(String network, String chainEndpoint) {
        String name = network == null ? "" : network.strip();
        String endpoint = chainEndpoint == null ? "" : chainEndpoint.strip();
        if (name.isEmpty() && endpoint.isEmpty()) {
            throw new IllegalArgumentException(NETWORK_KEY + " is not set: use one of " + choices()
                    + ", or set " + CHAIN_ENDPOINT_KEY + " to a ws:// or wss:// URL");
        }
        if (name.equalsIgnoreCase(OFFLINE)) {
            if (!endpoint.isEmpty()) {
                throw new IllegalArgumentException(NETWORK_KEY + " = offline contradicts " + CHAIN_ENDPOINT_KEY
                        + " = \"" + endpoint + "\": unset " + CHAIN_ENDPOINT_KEY
                        + " to run offline, or name a network to use the chain");
            }
            return Optional.empty();
        }
        if (!endpoint.isEmpty()) {
            if (!name.isEmpty() && !looksLikeUrl(name) && !NETWORKS.containsKey(name.toLowerCase(Locale.ROOT))) {
                throw badNetwork(name);
            }
            return Optional.of(new ChainEndpoint("custom", webSocketUrl(endpoint, CHAIN_ENDPOINT_KEY)));
        }
        if (looksLikeUrl(name)) {
            URI url = webSocketUrl(name, NETWORK_KEY);
            String known = NETWORKS.entrySet().stream().filter(e -> e.getValue().equals(url)).map(Map.Entry::getKey)
                    .findFirst().orElse("custom");
            return Optional.of(new ChainEndpoint(known, url));
        }
        URI url = NETWORKS.get(name.toLowerCase(Locale.ROOT));
        if (url == null) {
            throw badNetwork(name);
        }
        return Optional.of(new ChainEndpoint(name.toLowerCase(Locale.ROOT), url));
    }

    private static boolean looksLikeUrl(String value) {
        return value.contains("://");
    }

    private static URI webSocketUrl(String value, String key) {
        URI url;
        try {
            url = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(key + " = \"" + value + "\" is not a valid URL (" + e.getReason()
                    + "): use ws://host:port or wss://host:port", e);
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("ws") && !scheme.equals("wss")) {
            throw new IllegalArgumentException(key + " = \"" + value + "\" is not a WebSocket URL: use ws://host:port"
                    + " or wss://host:port (a Subtensor node serves JSON-RPC over WebSocket)");
        }
        if (url.getHost() == null || url.getHost().isEmpty()) {
            throw new IllegalArgumentException(key + " = \"" + value + "\" has no host: use ws://host:port or"
                    + " wss://host:port");
        }
        return url;
    }

    private static IllegalArgumentException badNetwork(String name) {
        return new IllegalArgumentException(NETWORK_KEY + " = \"" + name + "\" is not a known network: use one of "
                + choices() + ", or a ws:// / wss:// URL");
    }

    private static String choices() {
        return String.join(", ", NETWORKS.keySet()) + ", " + OFFLINE;
    }
}
