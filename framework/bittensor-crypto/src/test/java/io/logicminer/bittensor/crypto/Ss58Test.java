package io.logicminer.bittensor.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class Ss58Test {

    private static final byte[] ALICE = Hex.decode("d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");

    @Test
    void knownAddresses() {
        assertEquals("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", Ss58.encode(ALICE));
        assertEquals("15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5", Ss58.encode(ALICE, 0)); // Polkadot
        assertEquals("HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F", Ss58.encode(ALICE, 2)); // Kusama
        Ss58Address decoded = Ss58.decode("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
        assertEquals(42, decoded.prefix());
        assertArrayEquals(ALICE, decoded.publicKey());
    }

    @Test
    void roundTripsAcrossOneAndTwoBytePrefixes() {
        Random random = new Random(5);
        for (int prefix : new int[] {0, 1, 2, 42, 63, 64, 65, 255, 256, 1000, 4095, 16383}) {
            byte[] key = new byte[32];
            random.nextBytes(key);
            String address = Ss58.encode(key, prefix);
            Ss58Address decoded = Ss58.decode(address);
            assertEquals(prefix, decoded.prefix(), address);
            assertArrayEquals(key, decoded.publicKey());
            assertEquals(address, decoded.encode());
        }
    }

    @Test
    void errorsNameTheAddressAndTheProblem() {
        Ss58FormatException badChar = assertThrows(Ss58FormatException.class,
            () -> Ss58.decode("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKut0Y"));
        assertTrue(badChar.getMessage().contains("'0'") && badChar.getMessage().contains("5GrwvaEF"), badChar.getMessage());
        Ss58FormatException checksum = assertThrows(Ss58FormatException.class,
            () -> Ss58.decode("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQZ"));
        assertTrue(checksum.getMessage().contains("checksum"), checksum.getMessage());
        Ss58FormatException length = assertThrows(Ss58FormatException.class,
            () -> Ss58.decode("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKut"));
        assertTrue(length.getMessage().contains("bytes"), length.getMessage());
        Ss58FormatException prefix = assertThrows(Ss58FormatException.class,
            () -> Ss58.decode("15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5", 42));
        assertTrue(prefix.getMessage().contains("prefix 0"), prefix.getMessage());
        assertThrows(Ss58FormatException.class, () -> Ss58.decode(""));
        assertThrows(IllegalArgumentException.class, () -> Ss58.encode(new byte[31], 42));
        assertThrows(IllegalArgumentException.class, () -> Ss58.encode(ALICE, 16384));
        assertThrows(IllegalArgumentException.class, () -> Ss58.encode(ALICE, 46));
    }
}
