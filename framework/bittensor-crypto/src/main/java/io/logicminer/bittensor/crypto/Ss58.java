package io.logicminer.bittensor.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * SS58 addresses for 32-byte account ids: base58 of {@code prefix || publicKey || checksum}, where the
 * checksum is the first two bytes of BLAKE2b-512({@code "SS58PRE" || prefix || publicKey}) and the
 * prefix takes one byte below 64 and two bytes up to 16383.
 */
public final class Ss58 {

    /** The generic Substrate prefix, which Bittensor uses ({@code 5...} addresses). */
    public static final int DEFAULT_PREFIX = 42;
    /** Largest network prefix SS58 can encode. */
    public static final int MAX_PREFIX = 16383;

    private static final byte[] CHECKSUM_PREAMBLE = "SS58PRE".getBytes(StandardCharsets.US_ASCII);
    private static final int CHECKSUM_LENGTH = 2;

    private Ss58() {
    }

    /** Encodes a 32-byte public key with prefix 42. */
    public static String encode(byte[] publicKey) {
        return encode(publicKey, DEFAULT_PREFIX);
    }

    /**
     * Encodes a 32-byte public key with the given network prefix.
     *
     * @throws IllegalArgumentException for a key that is not 32 bytes, or a prefix outside 0..16383 or
     *     reserved (46, 47)
     */
    public static String encode(byte[] publicKey, int prefix) {
        if (publicKey == null || publicKey.length != Sr25519.PUBLIC_KEY_LENGTH) {
            throw new IllegalArgumentException("SS58 encodes 32-byte public keys, got "
                + (publicKey == null ? "null" : publicKey.length + " bytes"));
        }
        byte[] prefixBytes = prefixBytes(prefix);
        byte[] payload = new byte[prefixBytes.length + publicKey.length + CHECKSUM_LENGTH];
        System.arraycopy(prefixBytes, 0, payload, 0, prefixBytes.length);
        System.arraycopy(publicKey, 0, payload, prefixBytes.length, publicKey.length);
        byte[] checksum = checksum(payload, prefixBytes.length + publicKey.length);
        System.arraycopy(checksum, 0, payload, prefixBytes.length + publicKey.length, CHECKSUM_LENGTH);
        return Base58.encode(payload);
    }

    /**
     * Decodes an address holding a 32-byte public key, any prefix.
     *
     * @throws Ss58FormatException naming the address and what is wrong: a character outside base58, a
     *     wrong decoded length, a reserved prefix, or a bad checksum
     */
    public static Ss58Address decode(String address) {
        if (address == null || address.isEmpty()) {
            throw new Ss58FormatException("empty SS58 address; expected something like "
                + "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
        }
        byte[] data;
        try {
            data = Base58.decode(address);
        } catch (IllegalArgumentException e) {
            throw new Ss58FormatException("invalid SS58 address '" + address + "': " + e.getMessage());
        }
        if (data.length == 0) {
            throw new Ss58FormatException("invalid SS58 address '" + address + "': decodes to nothing");
        }
        int prefix;
        int prefixLength;
        if ((data[0] & 0x40) == 0) {
            prefix = data[0] & 0x3F;
            prefixLength = 1;
            if ((data[0] & 0x80) != 0) {
                throw new Ss58FormatException("invalid SS58 address '" + address + "': first byte 0x"
                    + Integer.toHexString(data[0] & 0xFF) + " is not a valid prefix");
            }
        } else {
            if (data.length < 2) {
                throw new Ss58FormatException("invalid SS58 address '" + address + "': too short");
            }
            int lower = ((data[0] << 2) | ((data[1] & 0xFF) >>> 6)) & 0xFF;
            int upper = data[1] & 0x3F;
            prefix = lower | (upper << 8);
            prefixLength = 2;
            if ((data[0] & 0x80) != 0) {
                throw new Ss58FormatException("invalid SS58 address '" + address + "': first byte 0x"
                    + Integer.toHexString(data[0] & 0xFF) + " is not a valid prefix");
            }
        }
        int expected = prefixLength + Sr25519.PUBLIC_KEY_LENGTH + CHECKSUM_LENGTH;
        if (data.length != expected) {
            throw new Ss58FormatException("invalid SS58 address '" + address + "': decodes to " + data.length
                + " bytes but an address of a 32-byte account id with a " + prefixLength + "-byte prefix has "
                + expected + " (truncated or not an account address?)");
        }
        if (isReserved(prefix)) {
            throw new Ss58FormatException("invalid SS58 address '" + address + "': prefix " + prefix + " is reserved");
        }
        byte[] checksum = checksum(data, prefixLength + Sr25519.PUBLIC_KEY_LENGTH);
        if (checksum[0] != data[expected - 2] || checksum[1] != data[expected - 1]) {
            throw new Ss58FormatException("invalid SS58 address '" + address
                + "': checksum mismatch (a mistyped or altered character?)");
        }
        return new Ss58Address(prefix, Arrays.copyOfRange(data, prefixLength, prefixLength + Sr25519.PUBLIC_KEY_LENGTH));
    }

    /** Decodes and checks the prefix, e.g. to accept only Bittensor ({@code 42}) addresses. */
    public static Ss58Address decode(String address, int expectedPrefix) {
        Ss58Address decoded = decode(address);
        if (decoded.prefix() != expectedPrefix) {
            throw new Ss58FormatException("SS58 address '" + address + "' has network prefix " + decoded.prefix()
                + " but " + expectedPrefix + " is expected (an address of another chain?)");
        }
        return decoded;
    }

    private static boolean isReserved(int prefix) {
        return prefix == 46 || prefix == 47;
    }

    private static byte[] prefixBytes(int prefix) {
        if (prefix < 0 || prefix > MAX_PREFIX) {
            throw new IllegalArgumentException("SS58 prefix must be 0.." + MAX_PREFIX + ", got " + prefix);
        }
        if (isReserved(prefix)) {
            throw new IllegalArgumentException("SS58 prefix " + prefix + " is reserved");
        }
        if (prefix < 64) {
            return new byte[] {(byte) prefix};
        }
        int first = ((prefix & 0xFC) >>> 2) | 0x40;
        int second = (prefix >>> 8) | ((prefix & 0x03) << 6);
        return new byte[] {(byte) first, (byte) second};
    }

    private static byte[] checksum(byte[] data, int length) {
        return new Blake2b(64).update(CHECKSUM_PREAMBLE).update(data, 0, length).digest();
    }
}
