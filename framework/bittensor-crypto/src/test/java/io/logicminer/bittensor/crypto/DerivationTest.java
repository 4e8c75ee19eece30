package io.logicminer.bittensor.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Well-known Substrate development accounts pin mnemonic, PBKDF2, expansion and hard derivation. */
class DerivationTest {

    @Test
    void devAccounts() {
        assertEquals("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", Sr25519Keypair.fromUri("//Alice").ss58Address());
        assertEquals("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY",
            Sr25519Keypair.fromUri(SecretUri.DEV_PHRASE + "//Alice").ss58Address());
        assertEquals("d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d",
            Hex.encode(Sr25519Keypair.fromUri("//Alice").publicKeyBytes()));
        assertEquals("5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty", Sr25519Keypair.fromUri("//Bob").ss58Address());
        assertEquals("5GNJqTPyNqANBkUVMN1LPPrxXnFouWXoe2wNSmmEoLctxiZY",
            Sr25519Keypair.fromUri("//Alice//stash").ss58Address());
    }

    @Test
    void softDerivationIsDeterministicInThePublicKey() {
        Sr25519Keypair a = Sr25519Keypair.fromUri("//Alice/soft/0");
        Sr25519Keypair b = Sr25519Keypair.fromUri("//Alice/soft/0");
        assertEquals(a.ss58Address(), b.ss58Address());
        assertNotEquals(a.ss58Address(), Sr25519Keypair.fromUri("//Alice/soft/1").ss58Address());
        assertTrue(Sr25519.verify(a.publicKeyBytes(), new byte[] {1}, b.sign(new byte[] {1})));
    }

    @Test
    void passwordChangesTheKey() {
        assertNotEquals(Sr25519Keypair.fromUri("//Alice").ss58Address(),
            Sr25519Keypair.fromUri("//Alice///secret").ss58Address());
        SecretUri uri = SecretUri.parse(SecretUri.DEV_PHRASE + "//a/b///pw");
        assertEquals(2, uri.junctions().size());
        assertTrue(uri.junctions().get(0).hard());
        assertFalse(uri.junctions().get(1).hard());
        assertEquals("pw", uri.password());
        assertNull(SecretUri.parse("//a").password());
        assertFalse(uri.toString().contains("pw"));
        assertFalse(uri.toString().contains("bottom"));
    }

    @Test
    void hexSeedUri() {
        String seed = "0x" + Hex.encode(Mnemonic.toMiniSecret(SecretUri.DEV_PHRASE, ""));
        assertEquals(Sr25519Keypair.fromUri("//Alice").ss58Address(), Sr25519Keypair.fromUri(seed + "//Alice").ss58Address());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Sr25519Keypair.fromUri("0x1234"));
        assertTrue(e.getMessage().contains("32 bytes"), e.getMessage());
    }

    @Test
    void junctionEncoding() {
        // numbers are u64 little-endian, strings SCALE (compact length + UTF-8), long ones hashed
        assertEquals("0700000000000000000000000000000000000000000000000000000000000000",
            Hex.encode(DeriveJunction.parse("7").chainCode()));
        assertEquals("14416c6963650000000000000000000000000000000000000000000000000000",
            Hex.encode(DeriveJunction.parse("/Alice").chainCode()));
        String longName = "a-junction-name-that-is-longer-than-thirty-two-bytes";
        byte[] scale = new byte[1 + longName.length()];
        scale[0] = (byte) (longName.length() << 2);
        System.arraycopy(longName.getBytes(), 0, scale, 1, longName.length());
        assertEquals(Hex.encode(Blake2b.blake2b256(scale)), Hex.encode(DeriveJunction.parse(longName).chainCode()));
    }

    @Test
    void badUrisFailWithoutEchoingSecrets() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Sr25519Keypair.fromUri("bottom drive obey lake curtain smoke basket hold race lonely fit walks"));
        assertFalse(e.getMessage().contains("bottom"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Sr25519Keypair.fromUri("not a ; uri"));
    }
}
