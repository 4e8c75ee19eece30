package io.logicminer.bittensor.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MnemonicTest {

    /** BIP-39 reference vectors (entropy to words). */
    @Test
    void bip39EntropyVectors() {
        assertEquals("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
            Mnemonic.fromEntropy(new byte[16]));
        assertEquals("legal winner thank year wave sausage worth useful legal winner thank yellow",
            Mnemonic.fromEntropy(Hex.decode("7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f")));
        assertEquals("zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo vote",
            Mnemonic.fromEntropy(Hex.decode("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")));
        assertArrayEquals(Hex.decode("7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f"),
            Mnemonic.toEntropy("legal winner thank year wave sausage worth useful legal winner thank yellow"));
    }

    @Test
    void generatedMnemonicsAreValidAndFresh() {
        for (int words : new int[] {12, 15, 18, 21, 24}) {
            String mnemonic = Mnemonic.generate(words);
            assertEquals(words, mnemonic.split(" ").length);
            assertTrue(Mnemonic.isValid(mnemonic));
        }
        assertNotEquals(Mnemonic.generate(12), Mnemonic.generate(12));
        assertThrows(IllegalArgumentException.class, () -> Mnemonic.generate(13));
    }

    @Test
    void errorsNamePositionsNotWords() {
        IllegalArgumentException badWord = assertThrows(IllegalArgumentException.class, () -> Mnemonic.toEntropy(
            "legal winner thank year wave sausage worth useful legal winner thank yelow"));
        assertTrue(badWord.getMessage().contains("word 12"), badWord.getMessage());
        assertFalse(badWord.getMessage().contains("yelow"), badWord.getMessage());
        IllegalArgumentException checksum = assertThrows(IllegalArgumentException.class, () -> Mnemonic.toEntropy(
            "legal winner thank year wave sausage worth useful legal winner thank thank"));
        assertTrue(checksum.getMessage().contains("checksum"), checksum.getMessage());
        IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
            () -> Mnemonic.toEntropy("legal winner thank"));
        assertTrue(count.getMessage().contains("has 3"), count.getMessage());
    }

    @Test
    void pbkdf2MatchesTheJdkForTextPasswords() throws Exception {
        byte[] password = "password".getBytes();
        byte[] salt = "mnemonicsalt".getBytes();
        javax.crypto.SecretKeyFactory factory = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512");
        byte[] expected = factory.generateSecret(
            new javax.crypto.spec.PBEKeySpec("password".toCharArray(), salt, 2048, 512)).getEncoded();
        assertArrayEquals(expected, Mnemonic.pbkdf2HmacSha512(password, salt, 2048));
    }

    @Test
    void wordlistIsTheStandardOne() {
        assertEquals(2048, Mnemonic.wordlist().size());
        assertEquals("abandon", Mnemonic.wordlist().get(0));
        assertEquals("zoo", Mnemonic.wordlist().get(2047));
    }
}
