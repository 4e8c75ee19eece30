package io.logicminer.subtensor.extrinsic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.subtensor.Canonical;
import io.logicminer.subtensor.PolkadotTypes;
import io.logicminer.subtensor.TestResources;
import io.logicminer.subtensor.metadata.RuntimeMetadata;
import io.logicminer.subtensor.storage.StorageHashing;
import io.logicminer.subtensor.metadata.StorageHasher;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Extrinsics signed here, checked by polkadot-js on finney's metadata: it decodes them to the right call, arguments
 * and extension values, re-encodes them byte for byte, builds the signing payload from the same fields (its
 * {@code ExtrinsicPayload}) identical to ours, and verifies our sr25519 signature over it.
 */
class ExtrinsicInteropTest {

    private static final HexFormat HEX = HexFormat.of();
    private final RuntimeMetadata md = TestResources.finney();

    @Test
    void serveAxonAndALargeRemarkVerifyInPolkadotJs() throws Exception {
        Path finney = Files.createTempFile("finney", ".scale");
        Files.write(finney, TestResources.finneyBytes());
        try {
            Sr25519Keypair hotkey = Sr25519Keypair.fromMiniSecret(HEX.parseHex(
                "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
            byte[] genesis = ExtrinsicBuilderTest.FINNEY_GENESIS;
            byte[] birth = new byte[32];
            new Random(7).nextBytes(birth);
            ExtrinsicBuilder builder = new ExtrinsicBuilder(md);

            ServeAxonCall axon = ServeAxonCall.of(35, InetAddress.getByName("203.0.113.7"), 8091);
            TransactionParams mortal = new TransactionParams(genesis, 385, 1, 42, BigInteger.valueOf(1000),
                Era.mortal(64, 4_920_117), birth);
            SignedExtrinsic serve = axon.sign(builder, hotkey, mortal);

            byte[] remark = new byte[400];
            new Random(9).nextBytes(remark);
            TransactionParams immortal = TransactionParams.immortal(genesis, 385, 1, 7);
            SignedExtrinsic big = builder.sign("System", "remark", Map.of("remark", remark), hotkey, immortal);

            // negative control: the same extrinsic with one signature bit flipped must not verify
            byte[] tampered = serve.encoded();
            tampered[2 + 1 + 33 + 1 + 10] ^= 1;
            SignedExtrinsic forged = new SignedExtrinsic(tampered, serve.call(), serve.signingPayload(),
                serve.signature());

            List<JsonNode> answers = PolkadotTypes.run(List.of(
                request(finney, serve, mortal), request(finney, big, immortal), request(finney, forged, mortal)));
            assertTrue(!answers.get(2).get("verified").asBoolean(), "a flipped signature bit is caught");

            JsonNode s = answers.get(0);
            assertEquals(serve.hex(), s.get("reencoded").asText());
            assertEquals("0x" + HEX.formatHex(serve.hash()), s.get("hash").asText());
            assertTrue(s.get("signed").asBoolean());
            assertEquals(0x84, s.get("version").asInt());
            assertEquals(hotkey.ss58Address(), s.get("signer").asText());
            assertEquals("subtensorModule", s.get("section").asText());
            assertEquals("serveAxon", s.get("method").asText());
            // polkadot-js camelCases argument names (ip_type -> ipType)
            assertEquals(List.of("netuid", "version", "ip", "port", "ipType", "protocol", "placeholder1",
                "placeholder2"), strings(s.get("argNames")));
            assertEquals(Canonical.of(new ArrayList<>(axon.toArgs().values())), s.get("args"));
            assertEquals("0x" + HEX.formatHex(Era.mortal(64, 4_920_117).encode()), s.get("era").asText());
            assertEquals("42", s.get("nonce").asText());
            assertEquals("1000", s.get("tip").asText());
            assertEquals(13, s.get("extensions").size());
            assertEquals("0x" + HEX.formatHex(serve.signingPayload()), s.get("payload").asText());
            assertTrue(s.get("verified").asBoolean(), "polkadot-js verifies the serve_axon signature");

            JsonNode b = answers.get(1);
            assertEquals(big.hex(), b.get("reencoded").asText());
            assertEquals("system", b.get("section").asText());
            assertEquals("0x00", b.get("era").asText());
            assertEquals("0x" + HEX.formatHex(big.signingPayload()), b.get("payload").asText());
            assertTrue(big.signingPayload().length > 256);
            assertTrue(b.get("verified").asBoolean(), "polkadot-js verifies the hashed-payload signature");
        } finally {
            Files.deleteIfExists(finney);
        }
    }

    @Test
    void otherChainsAndMetadataVersionsToo() {
        // the builder is metadata-driven: the same code signs for polkadot (V14) and kusama (V15) runtimes
        Sr25519Keypair signer = Sr25519Keypair.fromUri("//Charlie");
        byte[] genesis = new byte[32];
        Arrays.fill(genesis, (byte) 0x91);
        byte[] birth = new byte[32];
        Arrays.fill(birth, (byte) 0x42);
        List<ObjectNode> requests = new ArrayList<>();
        List<SignedExtrinsic> signed = new ArrayList<>();
        for (String name : List.of("v14/polkadot", "v15/kusama", "v16/substrate")) {
            RuntimeMetadata other = RuntimeMetadata.decode(io.logicminer.subtensor.TypesSupportMetadata.bytes(name));
            TransactionParams params = new TransactionParams(genesis, 9430, 26, 3, BigInteger.valueOf(5),
                Era.mortal(128, 20_000_000), birth);
            SignedExtrinsic extrinsic = new ExtrinsicBuilder(other).sign("System", "remark",
                Map.of("remark", "hello from logicminer".getBytes(java.nio.charset.StandardCharsets.UTF_8)), signer,
                params);
            signed.add(extrinsic);
            requests.add(request(name, extrinsic, params));
        }
        List<JsonNode> answers = PolkadotTypes.run(requests);
        for (int i = 0; i < answers.size(); i++) {
            JsonNode a = answers.get(i);
            assertEquals(signed.get(i).hex(), a.get("reencoded").asText(), requests.get(i).get("metadata").asText());
            assertEquals("remark", a.get("method").asText());
            assertEquals("3", a.get("nonce").asText());
            assertEquals("5", a.get("tip").asText());
            assertEquals("0x" + HEX.formatHex(signed.get(i).signingPayload()), a.get("payload").asText());
            assertTrue(a.get("verified").asBoolean(), requests.get(i).get("metadata").asText());
        }
    }

    @Test
    void storageHashersMatchPolkadotJs() {
        Random random = new Random(42);
        List<ObjectNode> requests = new ArrayList<>();
        List<byte[]> expected = new ArrayList<>();
        String[] hashers = {"twox64", "twox128", "twox256", "blake2_128", "blake2_256"};
        for (int length : new int[] {0, 1, 2, 31, 32, 33, 100, 1000}) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            for (String h : hashers) {
                requests.add(PolkadotTypes.request("hash").put("hasher", h).put("hex", "0x" + HEX.formatHex(data)));
                expected.add(switch (h) {
                    case "twox64" -> Arrays.copyOf(StorageHashing.hash(StorageHasher.TWOX_64_CONCAT, data), 8);
                    case "twox128" -> StorageHashing.hash(StorageHasher.TWOX_128, data);
                    case "twox256" -> StorageHashing.hash(StorageHasher.TWOX_256, data);
                    case "blake2_128" -> StorageHashing.hash(StorageHasher.BLAKE2_128, data);
                    default -> StorageHashing.hash(StorageHasher.BLAKE2_256, data);
                });
            }
        }
        List<JsonNode> answers = PolkadotTypes.run(requests);
        for (int i = 0; i < answers.size(); i++) {
            assertEquals(answers.get(i).get("hash").asText(), "0x" + HEX.formatHex(expected.get(i)),
                requests.get(i).toString());
        }
    }

    private static ObjectNode request(Path metadata, SignedExtrinsic extrinsic, TransactionParams p) {
        return request(metadata.toString(), extrinsic, p);
    }

    private static ObjectNode request(String typesSupportName, SignedExtrinsic extrinsic, TransactionParams p) {
        String source = typesSupportName.startsWith("/") ? typesSupportName : "types-support:" + typesSupportName;
        return PolkadotTypes.request("extrinsic").put("metadata", source).put("hex", extrinsic.hex())
            .put("specVersion", p.specVersion()).put("transactionVersion", p.transactionVersion())
            .put("genesisHash", "0x" + HEX.formatHex(p.genesisHash()))
            .put("blockHash", "0x" + HEX.formatHex(p.eraBirthHash()));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        ((ArrayNode) array).forEach(n -> out.add(n.asText()));
        return out;
    }
}
