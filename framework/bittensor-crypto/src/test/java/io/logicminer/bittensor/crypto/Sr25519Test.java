package io.logicminer.bittensor.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cafe.cryptography.curve25519.CompressedRistretto;
import cafe.cryptography.curve25519.Constants;
import cafe.cryptography.curve25519.RistrettoElement;
import cafe.cryptography.curve25519.Scalar;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Sr25519Test {

    private static final byte[] MESSAGE = "hello bittensor".getBytes(StandardCharsets.UTF_8);

    /** schnorrkel's SecretKey::from_ed25519_bytes doc example. */
    @Test
    void schnorrkelEd25519SecretVector() {
        Sr25519Keypair keypair = Sr25519Keypair.fromEd25519ExpandedSecret(Hex.decode(
            "28b0ae221c6bb06856b287f60d7ea0d98552ea5a16db16956849aa371db3eb51"
                + "fd190cce74df356432b410bd64682309d6dedb27c76845daf388557cbac3ca34"));
        assertEquals("46ebddef8cd9bb167dc30878d7113b7e168e6f0646beffd77d69d39bad76b47a",
            Hex.encode(keypair.publicKeyBytes()));
    }

    /**
     * schnorrkel's known message, signed by schnorrkel 0.1 (before the marker bit and the current transcript
     * labels). Today's verification must reject it; recomputing the old transcript with our Merlin and
     * curve arithmetic must accept it, which pins both against a published vector.
     */
    @Test
    void schnorrkelKnownPreauditMessage() throws Exception {
        byte[] message = ("Verifying that I am the owner of 5G9hQLdsKQswNPgB499DeA5PkFBbgkLPJWkkS6FAM6xGQ8xD. "
            + "Hash: 221455a3\n").getBytes(StandardCharsets.US_ASCII);
        byte[] publicKey = Hex.decode("b4bfa1f7a5166695eb75299fd1c4c03ea212871c342f2c5dfea0902b2c246918");
        byte[] signature = Hex.decode("5a9755f069939f45d96aaf125cf5ce7ba1db998686f87f2fb3cbdea922078741"
            + "a73891ba265f70c31436e18a9acd14d189d73c12317ab6c313285cd938453202");
        assertFalse(Sr25519.verify(publicKey, message, signature), "unmarked signatures are rejected");
        byte[] marked = signature.clone();
        marked[63] |= (byte) 0x80;
        assertFalse(Sr25519.verify(publicKey, message, marked), "the old transcript differs from today's");

        byte[] r = Arrays.copyOfRange(signature, 0, 32);
        byte[] s = Arrays.copyOfRange(signature, 32, 64);
        MerlinTranscript legacy = new MerlinTranscript(MerlinTranscript.ascii("substrate"));
        legacy.appendMessage(MerlinTranscript.ascii("sign-bytes"), message);
        legacy.appendMessage(MerlinTranscript.ascii("proto-name"), MerlinTranscript.ascii("Schnorr-sig"));
        legacy.appendMessage(MerlinTranscript.ascii("pk"), publicKey);
        legacy.appendMessage(MerlinTranscript.ascii("no"), r);
        Scalar k = legacy.challengeScalar(new byte[0]);
        RistrettoElement a = new CompressedRistretto(publicKey).decompress();
        RistrettoElement expectedR = Constants.RISTRETTO_GENERATOR_TABLE.multiply(Scalar.fromCanonicalBytes(s))
            .subtract(a.multiply(k));
        assertArrayEquals(r, expectedR.compress().toByteArray());
    }

    /** Seed to public key pairs from Substrate's sr25519 tests (ExpansionMode::Ed25519). */
    @Test
    void miniSecretExpansionVectors() {
        assertEquals("9c4189297ad2140c85861f64656d1d1318994599130d98b75ff094176d2ca31e", publicOfSeed(
            "5cb9063bc28a07f7444dbb29b6fc15b802b141a4e7dd5c932f2981be69e127e7"));
        assertEquals("26db25c52b007221331a844e5335e59874e45b03e81c3d76ff007377c2c17965", publicOfSeed(
            "7caadbb21966e5e268945005488a3c9be64a37b949d4691a367e477ed9e57995"));
        assertEquals("ced7a8ebf15d00260fd329f5df6efe789193366bf71cf0c7edf31902ca466743", publicOfSeed(
            "d0f12a951dff55564a1563d7d88018f55c8e7c6596e0e55af410e4902904e14c"));
    }

    private static String publicOfSeed(String seedHex) {
        return Hex.encode(Sr25519Keypair.fromMiniSecret(Hex.decode(seedHex)).publicKeyBytes());
    }

    @Test
    void signThenVerify() {
        Random random = new Random(3);
        for (int i = 0; i < 20; i++) {
            byte[] seed = new byte[32];
            random.nextBytes(seed);
            Sr25519Keypair keypair = Sr25519Keypair.fromMiniSecret(seed);
            byte[] message = new byte[random.nextInt(300)];
            random.nextBytes(message);
            byte[] signature = keypair.sign(message);
            assertEquals(64, signature.length);
            assertTrue((signature[63] & 0x80) != 0, "marker bit");
            assertTrue(Sr25519.verify(keypair.publicKeyBytes(), message, signature));
            assertTrue(keypair.publicKey().verify(message, signature));
        }
    }

    @Test
    void signaturesAreRandomizedButAllVerify() {
        Sr25519Keypair keypair = Sr25519Keypair.fromUri("//Alice");
        byte[] a = keypair.sign(MESSAGE);
        byte[] b = keypair.sign(MESSAGE);
        assertFalse(Arrays.equals(a, b));
        assertTrue(Sr25519.verify(keypair.publicKeyBytes(), MESSAGE, a));
        assertTrue(Sr25519.verify(keypair.publicKeyBytes(), MESSAGE, b));
    }

    @Test
    void rejectsTamperingWithEveryByteOfTheSignature() {
        Sr25519Keypair keypair = Sr25519Keypair.fromUri("//Bob");
        byte[] pk = keypair.publicKeyBytes();
        byte[] signature = keypair.sign(MESSAGE);
        for (int i = 0; i < 64; i++) {
            byte[] bad = signature.clone();
            bad[i] ^= 0x01;
            assertFalse(Sr25519.verify(pk, MESSAGE, bad), "flipped bit in byte " + i);
        }
        assertFalse(Sr25519.verify(pk, "other".getBytes(StandardCharsets.UTF_8), signature));
        assertFalse(Sr25519.verify(Sr25519Keypair.fromUri("//Alice").publicKeyBytes(), MESSAGE, signature));
    }

    @Test
    void contextIsPartOfTheSignature() {
        Sr25519Keypair keypair = Sr25519Keypair.fromUri("//Alice");
        byte[] context = "other-context".getBytes(StandardCharsets.UTF_8);
        byte[] signature = keypair.sign(context, MESSAGE);
        assertTrue(Sr25519.verify(keypair.publicKeyBytes(), context, MESSAGE, signature));
        assertFalse(Sr25519.verify(keypair.publicKeyBytes(), MESSAGE, signature));
        byte[] substrate = keypair.sign("substrate".getBytes(StandardCharsets.UTF_8), MESSAGE);
        assertTrue(Sr25519.verify(keypair.publicKeyBytes(), MESSAGE, substrate));
    }

    @Test
    void malformedInputsReturnFalseAndNeverThrow() {
        Sr25519Keypair keypair = Sr25519Keypair.fromUri("//Alice");
        byte[] pk = keypair.publicKeyBytes();
        byte[] signature = keypair.sign(MESSAGE);
        assertFalse(Sr25519.verify(null, MESSAGE, signature));
        assertFalse(Sr25519.verify(pk, null, signature));
        assertFalse(Sr25519.verify(pk, MESSAGE, null));
        assertFalse(Sr25519.verify(new byte[31], MESSAGE, signature));
        assertFalse(Sr25519.verify(Arrays.copyOf(pk, 33), MESSAGE, signature));
        assertFalse(Sr25519.verify(pk, MESSAGE, Arrays.copyOf(signature, 63)));
        assertFalse(Sr25519.verify(pk, MESSAGE, Arrays.copyOf(signature, 65)));
        // not a canonical Ristretto encoding: all 0xff, and the field element p (non-canonical zero)
        byte[] notAPoint = new byte[32];
        Arrays.fill(notAPoint, (byte) 0xFF);
        assertFalse(Sr25519.verify(notAPoint, MESSAGE, signature));
        byte[] fieldModulus = Hex.decode("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
        assertFalse(Sr25519.verify(fieldModulus, MESSAGE, signature));
        // s = group order l (not canonical), marked
        byte[] nonCanonicalS = signature.clone();
        byte[] order = Hex.decode("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010");
        System.arraycopy(order, 0, nonCanonicalS, 32, 32);
        nonCanonicalS[63] |= (byte) 0x80;
        assertFalse(Sr25519.verify(pk, MESSAGE, nonCanonicalS));
        // s + l would verify if it were reduced: check it is rejected
        byte[] unmarked = signature.clone();
        unmarked[63] &= 0x7F;
        assertFalse(Sr25519.verify(pk, MESSAGE, unmarked));
        // identity public key is a valid point but nothing verifies under it
        assertFalse(Sr25519.verify(new byte[32], MESSAGE, signature));
    }

    @Test
    void publicKeyParsingErrorsNameTheProblem() {
        IllegalArgumentException wrongLength = assertThrows(IllegalArgumentException.class,
            () -> Sr25519PublicKey.fromBytes(new byte[31]));
        assertTrue(wrongLength.getMessage().contains("31 bytes"), wrongLength.getMessage());
        byte[] notAPoint = new byte[32];
        Arrays.fill(notAPoint, (byte) 0xFF);
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
            () -> Sr25519PublicKey.fromBytes(notAPoint));
        assertTrue(bad.getMessage().contains("0xffff"), bad.getMessage());
    }

    @Test
    void expandedSecretRoundTrips() {
        Sr25519Keypair keypair = Sr25519Keypair.fromUri("//Alice");
        Sr25519Keypair copy = Sr25519Keypair.fromExpandedSecret(keypair.toExpandedSecret());
        assertArrayEquals(keypair.publicKeyBytes(), copy.publicKeyBytes());
        assertTrue(Sr25519.verify(keypair.publicKeyBytes(), MESSAGE, copy.sign(MESSAGE)));
        assertThrows(IllegalArgumentException.class, () -> Sr25519Keypair.fromExpandedSecret(new byte[63]));
    }

    @Test
    void toStringHidesSecrets() {
        Sr25519Keypair keypair = Sr25519Keypair.fromUri("//Alice");
        assertEquals("Sr25519Keypair[5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY]", keypair.toString());
    }

    @Test
    void verificationAgreesOnTheGenericCompactAndWideTablePaths() {
        Sr25519Keypair key = Sr25519Keypair.fromUri("//TablePath");
        byte[] message = "nonce.hotkey.axon.uuid.hash".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] signature = key.sign(message);
        byte[] tampered = signature.clone();
        tampered[5] ^= 1;
        byte[] otherMessage = "nonce.hotkey.axon.uuid.other".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // First call: generic multiplication; then the key's compact table; after 1,000 uses the wide table.
        for (int i = 0; i < 1_200; i++) {
            org.junit.jupiter.api.Assertions.assertTrue(Sr25519.verify(key.publicKeyBytes(), message, signature), "call " + i);
            org.junit.jupiter.api.Assertions.assertFalse(Sr25519.verify(key.publicKeyBytes(), message, tampered), "call " + i);
            org.junit.jupiter.api.Assertions.assertFalse(Sr25519.verify(key.publicKeyBytes(), otherMessage, signature),
                "call " + i);
        }
    }
}
