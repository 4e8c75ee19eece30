package io.logicminer.subtensor.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubtensorEndpointsTest {

    static ChainEndpoint resolve(String network, String endpoint) {
        return SubtensorEndpoints.resolve(network, endpoint).orElseThrow();
    }

    @Test
    void networkNamesMapToTheSdksEntrypoints() {
        assertEquals(new ChainEndpoint("finney", URI.create("wss://entrypoint-finney.opentensor.ai:443")),
                resolve("finney", null));
        assertEquals(new ChainEndpoint("test", URI.create("wss://test.finney.opentensor.ai:443")),
                resolve("test", ""));
        assertEquals(new ChainEndpoint("local", URI.create("ws://127.0.0.1:9944")), resolve(" Local ", null));
        assertEquals("archive", resolve("archive", null).network());
    }

    @Test
    void chainEndpointOverridesTheNetwork() {
        assertEquals(new ChainEndpoint("custom", URI.create("ws://10.0.0.5:9944")),
                resolve("finney", "ws://10.0.0.5:9944"));
        assertEquals(URI.create("wss://lite.example:443"), resolve("", "wss://lite.example:443").url());
    }

    @Test
    void aUrlGivenAsTheNetworkIsTheEndpoint() {
        assertEquals(new ChainEndpoint("finney", URI.create("wss://entrypoint-finney.opentensor.ai:443")),
                resolve("wss://entrypoint-finney.opentensor.ai:443", null));
        assertEquals(new ChainEndpoint("custom", URI.create("ws://node:9944")), resolve("ws://node:9944", null));
    }

    @Test
    void offlineMeansNoChain() {
        assertEquals(Optional.empty(), SubtensorEndpoints.resolve("offline", null));
        assertEquals(Optional.empty(), SubtensorEndpoints.resolve("OFFLINE", " "));
    }

    @Test
    void badValuesNameTheKeyAndTheChoices() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> SubtensorEndpoints.resolve("finny", null));
        assertEquals("subtensor.network = \"finny\" is not a known network: use one of finney, test, archive, local,"
                + " offline, or a ws:// / wss:// URL", unknown.getMessage());

        IllegalArgumentException http = assertThrows(IllegalArgumentException.class,
                () -> SubtensorEndpoints.resolve("finney", "https://entrypoint-finney.opentensor.ai"));
        assertTrue(http.getMessage().startsWith("subtensor.chain_endpoint = \"https://entrypoint-finney"),
                http.getMessage());
        assertTrue(http.getMessage().contains("ws://host:port"), http.getMessage());

        IllegalArgumentException malformed = assertThrows(IllegalArgumentException.class,
                () -> SubtensorEndpoints.resolve(null, "ws://bad host:9944"));
        assertTrue(malformed.getMessage().startsWith("subtensor.chain_endpoint = \"ws://bad host:9944\" is not a valid"),
                malformed.getMessage());

        IllegalArgumentException contradiction = assertThrows(IllegalArgumentException.class,
                () -> SubtensorEndpoints.resolve("offline", "ws://127.0.0.1:9944"));
        assertTrue(contradiction.getMessage().contains("subtensor.chain_endpoint"), contradiction.getMessage());

        IllegalArgumentException unset = assertThrows(IllegalArgumentException.class,
                () -> SubtensorEndpoints.resolve(" ", null));
        assertTrue(unset.getMessage().startsWith("subtensor.network is not set"), unset.getMessage());

        IllegalArgumentException badNetworkWithEndpoint = assertThrows(IllegalArgumentException.class,
                () -> SubtensorEndpoints.resolve("mainnet", "ws://127.0.0.1:9944"));
        assertTrue(badNetworkWithEndpoint.getMessage().contains("\"mainnet\""), badNetworkWithEndpoint.getMessage());
    }
}
