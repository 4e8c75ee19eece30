package io.logicminer.subtensor.extrinsic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.logicminer.bittensor.crypto.Blake2b;
import io.logicminer.bittensor.crypto.Sr25519;
import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.subtensor.TestResources;
import io.logicminer.subtensor.codec.CodecException;
import io.logicminer.subtensor.metadata.ExtrinsicMetadata;
import io.logicminer.subtensor.metadata.RuntimeMetadata;
import io.logicminer.subtensor.metadata.TransactionExtensionMetadata;
import io.logicminer.subtensor.scale.ScaleReader;
import io.logicminer.subtensor.scale.ScaleWriter;
import java.math.BigInteger;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtrinsicBuilderTest {

    static final byte[] FINNEY_GENESIS =
        HexFormat.of().parseHex("2f0555cc76fc2840a25a6ea3b9637146806f1f44b090c175ffde2a7e5ab36c03");

    private final RuntimeMetadata md = TestResources.finney();
    private final Sr25519Keypair hotkey = Sr25519Keypair.fromUri("//Alice");

    @Test
    void serveAxonLayout() throws Exception {
        ServeAxonCall axon = ServeAxonCall.of(35, InetAddress.getByName("203.0.113.7"), 8091);
        byte[] birthHash = new byte[32];
        Arrays.fill(birthHash, (byte) 0x11);
        Era era = Era.mortal(64, 5_000_123);
        TransactionParams params = new TransactionParams(FINNEY_GENESIS, 385, 1, 17, BigInteger.ZERO, era, birthHash);
        SignedExtrinsic signed = axon.sign(new ExtrinsicBuilder(md), hotkey, params);

        byte[] expectedCall = new ScaleWriter().u8(7).u8(4).u16(35).u32(10_002_000L)
            .unsigned(new BigInteger(1, new byte[] {(byte) 203, 0, 113, 7}), 16).u16(8091).u8(4).u8(4).u8(0).u8(0)
            .toByteArray();
        assertArrayEquals(expectedCall, signed.call());

        ScaleReader in = new ScaleReader(signed.encoded());
        assertEquals(signed.encoded().length - 2, in.compactLong()); // body < 16384 bytes: two-byte prefix
        assertEquals(0x84, in.u8()); // signed, v4
        assertEquals(0, in.u8()); // MultiAddress::Id
        assertArrayEquals(hotkey.publicKeyBytes(), in.bytes(32));
        assertEquals(1, in.u8()); // MultiSignature::Sr25519
        assertArrayEquals(signed.signature(), in.bytes(64));
        assertArrayEquals(era.encode(), in.bytes(2)); // CheckMortality
        assertEquals(17, in.compactLong()); // CheckNonce
        assertEquals(0, in.compactLong()); // ChargeTransactionPayment tip
        assertEquals(0, in.u8()); // CheckMetadataHash mode Disabled
        assertArrayEquals(expectedCall, in.bytes(expectedCall.length));
        in.expectEnd("extrinsic");

        byte[] expectedPayload = new ScaleWriter().bytes(expectedCall)
            .bytes(era.encode()).compact(17).compact(0).u8(0) // explicit parts
            .u32(385).u32(1).bytes(FINNEY_GENESIS).bytes(birthHash).u8(0) // implicit parts
            .toByteArray();
        assertArrayEquals(expectedPayload, signed.signingPayload());
        assertTrue(Sr25519.verify(hotkey.publicKeyBytes(), expectedPayload, signed.signature()));
    }

    @Test
    void payloadOver256BytesIsHashedBeforeSigning() {
        byte[] remark = new byte[300];
        Arrays.fill(remark, (byte) 'x');
        TransactionParams params = TransactionParams.immortal(FINNEY_GENESIS, 385, 1, 0);
        SignedExtrinsic signed = new ExtrinsicBuilder(md).sign("System", "remark", Map.of("remark", remark), hotkey,
            params);
        assertTrue(signed.signingPayload().length > 256);
        assertTrue(Sr25519.verify(hotkey.publicKeyBytes(), Blake2b.blake2b256(signed.signingPayload()),
            signed.signature()));
        assertTrue(!Sr25519.verify(hotkey.publicKeyBytes(), signed.signingPayload(), signed.signature()));
        // immortal era: one 0x00 byte, implicit part is the genesis hash
        byte[] payload = signed.signingPayload();
        byte[] tail = Arrays.copyOfRange(payload, payload.length - 73, payload.length);
        assertArrayEquals(new ScaleWriter().u32(385).u32(1).bytes(FINNEY_GENESIS).bytes(FINNEY_GENESIS).u8(0)
            .toByteArray(), tail);
    }

    @Test
    void unknownNonEmptyExtensionIsAnErrorNamingIt() {
        ExtrinsicMetadata real = md.extrinsic();
        List<TransactionExtensionMetadata> extensions = new ArrayList<>(real.extensions());
        int u32 = md.call("SubtensorModule", "serve_axon").fields().get(1).type();
        extensions.add(new TransactionExtensionMetadata("CheckSomethingNew", u32, extensions.get(0).implicitType()));
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < extensions.size(); i++) {
            all.add(i);
        }
        RuntimeMetadata changed = new RuntimeMetadata(md.version(), md.types(), md.pallets(),
            new ExtrinsicMetadata(real.versions(), real.addressType(), real.callType(), real.signatureType(),
                extensions, Map.of(0, all)), md.apis(), md.outerEnums(), md.runtimeType());
        CodecException e = assertThrows(CodecException.class, () -> new ExtrinsicBuilder(changed).sign("System",
            "remark", Map.of("remark", new byte[0]), hotkey, TransactionParams.immortal(FINNEY_GENESIS, 1, 1, 0)));
        assertTrue(e.getMessage().contains("CheckSomethingNew") && e.getMessage().contains("u32"), e.getMessage());
    }

    @Test
    void badArgumentsAreNamed() {
        ExtrinsicBuilder builder = new ExtrinsicBuilder(md);
        Map<String, Object> args = new java.util.LinkedHashMap<>(
            ServeAxonCall.of(1, publicAddress(), 1).toArgs());
        args.remove("placeholder2");
        CodecException e = assertThrows(CodecException.class, () -> builder.encodeCall("SubtensorModule",
            "serve_axon", args));
        assertTrue(e.getMessage().contains("missing argument 'placeholder2'"), e.getMessage());
        args.put("placeholder2", 0);
        args.put("placeholder3", 0);
        e = assertThrows(CodecException.class, () -> builder.encodeCall("SubtensorModule", "serve_axon", args));
        assertTrue(e.getMessage().contains("unknown argument 'placeholder3'"), e.getMessage());
    }

    @Test
    void extensionsAsTheMetadataListsThem() {
        assertEquals(13, new ExtrinsicBuilder(md).extensionIdentifiers().size());
        assertEquals("CheckMetadataHash", new ExtrinsicBuilder(md).extensionIdentifiers().get(12));
    }

    private static InetAddress publicAddress() {
        try {
            return InetAddress.getByName("198.51.100.1");
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
