package io.logicminer.subtensor.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.subtensor.TestResources;
import io.logicminer.subtensor.codec.CodecException;
import io.logicminer.subtensor.codec.Values;
import io.logicminer.subtensor.metadata.RuntimeMetadata;
import io.logicminer.subtensor.metadata.StorageEntryMetadata;
import io.logicminer.subtensor.metadata.StorageHasher;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorageKeysTest {

    private static final HexFormat HEX = HexFormat.of();
    private final RuntimeMetadata md = TestResources.finney();

    @Test
    void twox128KnownVectors() {
        assertEquals("26aa394eea5630e07c48ae0c9558cef7",
            HEX.formatHex(StorageHashing.twox128("System".getBytes(StandardCharsets.UTF_8))));
        assertEquals("26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9",
            HEX.formatHex(StorageKeys.prefix(md.storageEntry("System", "Account"))));
        assertEquals("26aa394eea5630e07c48ae0c9558cef780d41e5e16056765bc8461851072c9d7",
            HEX.formatHex(StorageKeys.key(md, "System", "Events")));
        // xxHash64 reference values of the empty input, seeds 0 and 1 (little-endian)
        assertEquals("99e9d85137db46ef4bbea33613baafd5", HEX.formatHex(StorageHashing.twox128(new byte[0])));
    }

    @Test
    void aliceSystemAccountKey() {
        byte[] alice = Sr25519Keypair.fromUri("//Alice").publicKeyBytes();
        assertEquals("d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d", HEX.formatHex(alice));
        assertEquals("26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9"
                + "de1e86a9a8c739864cf3cc5ec2bea59f" + "d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d",
            HEX.formatHex(StorageKeys.key(md, "System", "Account", alice)));
    }

    @Test
    void axonsDoubleMapKeyAndBack() {
        byte[] hotkey = Sr25519Keypair.fromUri("//Bob").publicKeyBytes();
        byte[] key = StorageKeys.key(md, "SubtensorModule", "Axons", 35, hotkey);
        StorageEntryMetadata axons = md.storageEntry("SubtensorModule", "Axons");
        byte[] prefix = StorageKeys.prefix(axons);
        assertEquals(32 + 2 + 16 + 32, key.length);
        assertEquals(HEX.formatHex(prefix) + "2300"
                + HEX.formatHex(StorageHashing.hash(StorageHasher.BLAKE2_128, hotkey)) + HEX.formatHex(hotkey),
            HEX.formatHex(key));
        List<Object> keys = StorageKeys.decodeKeys(md.types(), axons, key);
        assertEquals(BigInteger.valueOf(35), keys.get(0));
        assertArrayEquals(hotkey, Values.accountId(keys.get(1)));
        // a partial key is the prefix of all the subnet's axons
        assertEquals(HEX.formatHex(prefix) + "2300", HEX.formatHex(StorageKeys.key(md.types(), axons, List.of(35))));
        CodecException e = assertThrows(CodecException.class,
            () -> StorageKeys.key(md, "SubtensorModule", "Axons", 35, hotkey, 1));
        assertTrue(e.getMessage().contains("takes 2 key(s)"), e.getMessage());
        e = assertThrows(CodecException.class, () -> StorageKeys.key(md, "SubtensorModule", "Axons", 35, new byte[31]));
        assertTrue(e.getMessage().contains("key[1]"), e.getMessage());
    }

    @Test
    void absentValuesGiveTheDefault() {
        StorageEntryMetadata axons = md.storageEntry("SubtensorModule", "Axons");
        assertNull(StorageKeys.decodeValue(md.types(), axons, null));
        StorageEntryMetadata events = md.storageEntry("System", "Events");
        assertEquals(List.of(), StorageKeys.decodeValue(md.types(), events, null));
    }
}
