package io.logicminer.bittensor.crypto;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * BIP-39 mnemonics (English wordlist) and the substrate-bip39 seed derivation Substrate, polkadot-js and
 * Bittensor use: the mini secret is the first 32 bytes of PBKDF2-HMAC-SHA512 over the mnemonic's
 * <em>entropy</em> (not its text, unlike BIP-39 seeds), salt {@code "mnemonic" + password}, 2048 rounds.
 *
 * <p>Error messages name word positions, never words: a mnemonic is a secret.
 */
public final class Mnemonic {

    private static final int PBKDF2_ROUNDS = 2048;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<String> WORDS = loadWordlist();
    private static final Map<String, Integer> INDEX = indexWords(WORDS);

    private Mnemonic() {
    }

    /**
     * A fresh mnemonic of 12, 15, 18, 21 or 24 words from {@link SecureRandom} entropy.
     *
     * @throws IllegalArgumentException for another word count
     */
    public static String generate(int words) {
        if (words < 12 || words > 24 || words % 3 != 0) {
            throw new IllegalArgumentException("a mnemonic has 12, 15, 18, 21 or 24 words, not " + words);
        }
        byte[] entropy = new byte[words * 4 / 3];
        RANDOM.nextBytes(entropy);
        try {
            return fromEntropy(entropy);
        } finally {
            Arrays.fill(entropy, (byte) 0);
        }
    }

    /** The mnemonic encoding 16, 20, 24, 28 or 32 bytes of entropy (with its SHA-256 checksum). */
    public static String fromEntropy(byte[] entropy) {
        requireEntropyLength(entropy.length);
        int entropyBits = entropy.length * 8;
        int checksumBits = entropyBits / 32;
        byte[] hash = sha256(entropy);
        int wordCount = (entropyBits + checksumBits) / 11;
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < wordCount; w++) {
            int index = 0;
            for (int b = 0; b < 11; b++) {
                int bit = w * 11 + b;
                int value = bit < entropyBits ? bitAt(entropy, bit) : bitAt(hash, bit - entropyBits);
                index = (index << 1) | value;
            }
            if (w > 0) {
                out.append(' ');
            }
            out.append(WORDS.get(index));
        }
        return out.toString();
    }

    /**
     * Validates a mnemonic (word count, every word in the English list, checksum) and returns its entropy.
     *
     * @throws IllegalArgumentException naming the problem and the position of a bad word
     */
    public static byte[] toEntropy(String mnemonic) {
        if (mnemonic == null) {
            throw new IllegalArgumentException("mnemonic must not be null");
        }
        String normalized = Normalizer.normalize(mnemonic, Normalizer.Form.NFKD).strip();
        String[] words = normalized.isEmpty() ? new String[0] : normalized.split("\\s+");
        if (words.length < 12 || words.length > 24 || words.length % 3 != 0) {
            throw new IllegalArgumentException("a mnemonic has 12, 15, 18, 21 or 24 words, this one has "
                + words.length);
        }
        int totalBits = words.length * 11;
        int checksumBits = totalBits / 33;
        int entropyBits = totalBits - checksumBits;
        byte[] bits = new byte[(totalBits + 7) / 8];
        for (int w = 0; w < words.length; w++) {
            Integer index = INDEX.get(words[w]);
            if (index == null) {
                throw new IllegalArgumentException("word " + (w + 1) + " of the mnemonic is not in the BIP-39 "
                    + "English wordlist (check its spelling)");
            }
            for (int b = 0; b < 11; b++) {
                if (((index >>> (10 - b)) & 1) != 0) {
                    int bit = w * 11 + b;
                    bits[bit / 8] |= (byte) (0x80 >>> (bit % 8));
                }
            }
        }
        byte[] entropy = Arrays.copyOf(bits, entropyBits / 8);
        byte[] hash = sha256(entropy);
        boolean checksumOk = true;
        for (int i = 0; i < checksumBits; i++) {
            checksumOk &= bitAt(hash, i) == bitAt(bits, entropyBits + i);
        }
        Arrays.fill(bits, (byte) 0);
        if (!checksumOk) {
            Arrays.fill(entropy, (byte) 0);
            throw new IllegalArgumentException("the mnemonic's checksum does not match (a word is wrong or the "
                + "words are out of order)");
        }
        return entropy;
    }

    /** Whether the text is a valid English BIP-39 mnemonic. */
    public static boolean isValid(String mnemonic) {
        try {
            Arrays.fill(toEntropy(mnemonic), (byte) 0);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The 32-byte sr25519 mini secret of a mnemonic and password (empty for none), as substrate-bip39's
     * {@code mini_secret_from_entropy}.
     */
    public static byte[] toMiniSecret(String mnemonic, String password) {
        byte[] entropy = toEntropy(mnemonic);
        try {
            return Arrays.copyOf(seedFromEntropy(entropy, password == null ? "" : password), Sr25519.MINI_SECRET_LENGTH);
        } finally {
            Arrays.fill(entropy, (byte) 0);
        }
    }

    /** substrate-bip39's 64-byte seed: PBKDF2-HMAC-SHA512(entropy, "mnemonic" + password, 2048). */
    static byte[] seedFromEntropy(byte[] entropy, String password) {
        requireEntropyLength(entropy.length);
        byte[] salt = ("mnemonic" + password).getBytes(StandardCharsets.UTF_8);
        return pbkdf2HmacSha512(entropy, salt, PBKDF2_ROUNDS);
    }

    /** The English wordlist (2048 words). */
    public static List<String> wordlist() {
        return WORDS;
    }

    /** One 64-byte block of PBKDF2 (RFC 8018) with HMAC-SHA512; the password may be any bytes. */
    static byte[] pbkdf2HmacSha512(byte[] password, byte[] salt, int rounds) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            // An empty key is legal for HMAC, but SecretKeySpec rejects it: entropy is never empty here.
            mac.init(new SecretKeySpec(password, "HmacSHA512"));
            mac.update(salt);
            mac.update(new byte[] {0, 0, 0, 1});
            byte[] u = mac.doFinal();
            byte[] result = u.clone();
            for (int i = 1; i < rounds; i++) {
                u = mac.doFinal(u);
                for (int j = 0; j < result.length; j++) {
                    result[j] ^= u[j];
                }
            }
            return result;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no HmacSHA512", e);
        }
    }

    private static void requireEntropyLength(int length) {
        if (length < 16 || length > 32 || length % 4 != 0) {
            throw new IllegalArgumentException("mnemonic entropy must be 16, 20, 24, 28 or 32 bytes, got " + length);
        }
    }

    private static int bitAt(byte[] data, int bit) {
        return (data[bit / 8] >>> (7 - bit % 8)) & 1;
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static List<String> loadWordlist() {
        String resource = "bip39-english.txt";
        try (InputStream in = Mnemonic.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("BIP-39 wordlist resource " + resource + " is missing from the jar");
            }
            List<String> words = new ArrayList<>(2048);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    words.add(line.strip());
                }
            }
            if (words.size() != 2048) {
                throw new IllegalStateException("BIP-39 wordlist must have 2048 words, has " + words.size());
            }
            return List.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the BIP-39 wordlist", e);
        }
    }

    private static Map<String, Integer> indexWords(List<String> words) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            index.put(words.get(i), i);
        }
        return Map.copyOf(index);
    }
}
