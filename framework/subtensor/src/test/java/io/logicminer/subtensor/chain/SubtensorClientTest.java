package io.logicminer.subtensor.chain;

import io.logicminer.subtensor.TestResources;
import io.logicminer.subtensor.scale.ScaleWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The client's decoding against payloads a finney node returns, encoded by the finney metadata. */
class SubtensorClientTest {

    static final String ALICE = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
    static final String BOB = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty";
    static final String CHARLIE = "5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y";

    @TempDir
    Path dir;

    private final ChainPayloads payloads = new ChainPayloads(TestResources.finney());
    private final List<ChainPayloads.TestNeuron> neurons = List.of(
            new ChainPayloads.TestNeuron(0, ALICE, BOB, true, 7_000_000_000L, 25_000_000_000_000L, "198.51.100.4", 8091),
            new ChainPayloads.TestNeuron(1, CHARLIE, BOB, false, 3_000_000_000L, 2_500_000_000L, null, 0));

    /** A node in memory: state_call by method name, storage by hex key. */
    static final class MemoryNode implements NodeRpc {
        final Map<String, byte[]> calls = new ConcurrentHashMap<>();
        final Map<String, byte[]> storage = new ConcurrentHashMap<>();
        final AtomicInteger metadataCalls = new AtomicInteger();
        volatile long specVersion = 300;
        volatile boolean metadataApi = true;

        @Override
        public RuntimeVersion runtimeVersion() {
            return new RuntimeVersion("node-subtensor", specVersion, 1);
        }

        @Override
        public byte[] stateCall(String method, byte[] params, String at) {
            if (method.equals("Metadata_metadata_at_version")) {
                metadataCalls.incrementAndGet();
                if (!metadataApi) {
                    throw new SubtensorException("-32000: Exported method Metadata_metadata_at_version is not found");
                }
                ScaleWriter w = new ScaleWriter();
                if (params[0] == 16) {
                    w.u8(1);
                    w.byteVec(TestResources.finneyBytes());
                } else {
                    w.u8(0);
                }
                return w.toByteArray();
            }
            byte[] out = calls.get(method + ":" + HexFormat.of().formatHex(params));
            if (out == null) {
                throw new SubtensorException("-32000: no such call " + method);
            }
            return out;
        }

        @Override
        public Optional<byte[]> storage(byte[] key, String at) {
            return Optional.ofNullable(storage.get(HexFormat.of().formatHex(key)));
        }

        @Override
        public byte[] metadata() {
            metadataCalls.incrementAndGet();
            return TestResources.finneyBytes();
        }

        @Override
        public String finalizedHead() {
            return "0x" + "ab".repeat(32);
        }

        @Override
        public long blockNumber(String hash) {
            return 4_321_000;
        }

        @Override
        public AutoCloseable subscribeFinalizedHeads(LongConsumer listener) {
            return () -> { };
        }

        @Override
        public void close() {
        }
    }

    @Test
    void readsNeuronsStakesAndAxonsByTheRuntimesMetadata() {
        MemoryNode node = new MemoryNode();
        node.calls.put("NeuronInfoRuntimeApi_get_neurons_lite:2300", payloads.neuronsLite(35, neurons));
        node.calls.put("SubnetInfoRuntimeApi_get_subnet_state:2300", payloads.subnetState(35, neurons));
        byte[] hotkey = io.logicminer.bittensor.crypto.Ss58.decode(ALICE).publicKey();
        node.storage.put(HexFormat.of().formatHex(SubtensorClient.axonsKey(35, hotkey)),
                payloads.axon("2001:db8::7", 8091, 9_000_000, 777));
        try (SubtensorClient client = new SubtensorClient(node, new MetadataCache(dir), null)) {
            assertEquals(4_321_000, client.finalizedBlockNumber());
            List<NeuronLite> read = client.neuronsLite(35);
            assertEquals(2, read.size());
            NeuronLite alice = read.get(0);
            assertEquals(ALICE, alice.hotkey());
            assertEquals(BOB, alice.coldkey());
            assertTrue(alice.validatorPermit());
            assertEquals(BigInteger.valueOf(7_000_000_000L), alice.ownStakeRao());
            assertEquals(0.5, alice.incentive(), 1e-4);
            assertEquals(1.0, alice.dividends(), 1e-12);
            assertEquals(8091, alice.axon().port());
            assertEquals(4, alice.axon().ipType());
            assertTrue(read.get(1).axon().isUnset());
            assertEquals(List.of(BigInteger.valueOf(25_000_000_000_000L), BigInteger.valueOf(2_500_000_000L)),
                    client.subnetTotalStake(35).orElseThrow());
            AxonInfo onChain = client.axon(35, ALICE).orElseThrow();
            assertEquals(6, onChain.ipType());
            assertEquals(777, onChain.block());
            assertEquals(new BigInteger("20010db8000000000000000000000007", 16), onChain.ip());
            assertFalse(client.axon(35, CHARLIE).isPresent());
        }
    }

    @Test
    void axonsKeyMatchesTheKnownPrefix() {
        // twox128("SubtensorModule") and twox128("Axons") as polkadot-js computes them
        byte[] key = SubtensorClient.axonsKey(35, new byte[32]);
        assertEquals("658faa385070e074c85bf6b568cf0555", HexFormat.of().formatHex(key, 0, 16));
        assertEquals(16 + 16 + 2 + 16 + 32, key.length);
        assertArrayEquals(new byte[] {35, 0}, java.util.Arrays.copyOfRange(key, 32, 34));
    }

    @Test
    void metadataIsFetchedOncePerRuntimeVersionAndKeptOnDisk() throws Exception {
        MemoryNode node = new MemoryNode();
        try (SubtensorClient client = new SubtensorClient(node, new MetadataCache(dir), null)) {
            assertEquals(16, client.metadata().version());
            client.metadata();
            assertEquals(1, node.metadataCalls.get());
            assertTrue(Files.isRegularFile(dir.resolve("metadata-node-subtensor-300.scale")));
        }
        try (SubtensorClient restarted = new SubtensorClient(node, new MetadataCache(dir), null)) {
            restarted.metadata();
            assertEquals(1, node.metadataCalls.get(), "a restart reads the file");
            node.specVersion = 301;
            restarted.metadata();
            assertEquals(2, node.metadataCalls.get(), "a runtime upgrade fetches again");
            assertTrue(Files.isRegularFile(dir.resolve("metadata-node-subtensor-301.scale")));
        }
    }

    @Test
    void fallsBackToStateGetMetadataWithoutTheMetadataApi() {
        MemoryNode node = new MemoryNode();
        node.metadataApi = false;
        try (SubtensorClient client = new SubtensorClient(node, new MetadataCache(null), null)) {
            assertEquals(16, client.metadata().version());
            assertEquals(2, node.metadataCalls.get(), "one refused state_call, then state_getMetadata");
        }
    }
}
