package io.logicminer.subtensor.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.logicminer.subtensor.TestResources;
import io.logicminer.subtensor.metadata.ConstantMetadata;
import io.logicminer.subtensor.metadata.PalletMetadata;
import io.logicminer.subtensor.metadata.RuntimeMetadata;
import io.logicminer.subtensor.metadata.StorageEntryMetadata;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Every storage default and every constant in finney's metadata is real SCALE data of a known type: each must decode
 * by its type, consuming every byte, and re-encode to the same bytes.
 */
class MetadataValuesRoundTripTest {

    private final RuntimeMetadata md = TestResources.finney();

    @Test
    void storageDefaultsRoundTrip() {
        int checked = 0;
        for (PalletMetadata pallet : md.pallets()) {
            for (StorageEntryMetadata entry : pallet.storage()) {
                if (entry.optional()) {
                    continue; // Optional entries default to None: an empty byte string, not a value of the type
                }
                roundTrip(entry.valueType(), entry.defaultValue(), pallet.name() + "." + entry.name());
                checked++;
            }
        }
        assertTrue(checked > 200, "checked " + checked);
    }

    @Test
    void constantsRoundTrip() {
        int checked = 0;
        for (PalletMetadata pallet : md.pallets()) {
            for (ConstantMetadata c : pallet.constants()) {
                roundTrip(c.type(), c.value(), pallet.name() + "::" + c.name());
                checked++;
            }
        }
        assertTrue(checked > 50, "checked " + checked);
    }

    private void roundTrip(int type, byte[] bytes, String what) {
        Object value;
        try {
            value = ValueDecoder.decodeAll(md.types(), type, bytes);
        } catch (RuntimeException e) {
            throw new AssertionError(what + " (" + md.types().describe(type) + ", 0x"
                + HexFormat.of().formatHex(bytes) + ") failed to decode: " + e.getMessage(), e);
        }
        byte[] again = ValueEncoder.encode(md.types(), type, value);
        assertArrayEquals(bytes, again, what + " " + Values.toDisplayString(value));
    }
}
