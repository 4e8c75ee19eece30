package io.logicminer.bittensor.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One step of a Substrate derivation path: a 32-byte chain code and whether it is hard ({@code //x})
 * or soft ({@code /x}).
 *
 * <p>The chain code is the SCALE encoding of the junction (a {@code u64} for all-digit junctions, else
 * the string with its compact length), zero-padded to 32 bytes, or its BLAKE2b-256 when longer.
 *
 * @param chainCode 32 bytes; {@link #chainCode()} returns a copy
 * @param hard hard derivation (needs the secret key) or soft (works on public keys too)
 */
public record DeriveJunction(byte[] chainCode, boolean hard) {

    public DeriveJunction {
        if (chainCode == null || chainCode.length != Sr25519.CHAIN_CODE_LENGTH) {
            throw new IllegalArgumentException("chain code must be 32 bytes, got "
                + (chainCode == null ? "null" : chainCode.length + " bytes"));
        }
        chainCode = chainCode.clone();
    }

    /**
     * Parses one junction as written in a path without its first slash: {@code "/Alice"} is hard,
     * {@code "soft"} is soft, {@code "0"} is the number 0 (as Substrate's {@code DeriveJunction::from}).
     */
    public static DeriveJunction parse(String junction) {
        boolean hard = junction.startsWith("/");
        String code = hard ? junction.substring(1) : junction;
        if (code.isEmpty()) {
            throw new IllegalArgumentException("empty derivation junction (a path element between slashes is missing)");
        }
        byte[] encoded = isU64(code) ? littleEndianU64(Long.parseUnsignedLong(code)) : scaleString(code);
        return new DeriveJunction(toChainCode(encoded), hard);
    }

    /** A hard junction from a string, e.g. {@code hard("Alice")} for {@code //Alice}. */
    public static DeriveJunction hard(String code) {
        return parse("/" + code);
    }

    /** A soft junction from a string. */
    public static DeriveJunction soft(String code) {
        return parse(code);
    }

    @Override
    public byte[] chainCode() {
        return chainCode.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeriveJunction that && hard == that.hard && Arrays.equals(chainCode, that.chainCode);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(chainCode) * 2 + (hard ? 1 : 0);
    }

    /** Junction values can be secret-ish (they name accounts); only the kind is shown. */
    @Override
    public String toString() {
        return hard ? "DeriveJunction[hard]" : "DeriveJunction[soft]";
    }

    private static boolean isU64(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        if (code.length() > 20) {
            return false;
        }
        try {
            Long.parseUnsignedLong(code);
            return true;
        } catch (NumberFormatException e) {
            return false; // above 2^64 - 1: Substrate falls back to the string form
        }
    }

    private static byte[] littleEndianU64(long value) {
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (value >>> (8 * i));
        }
        return out;
    }

    private static byte[] scaleString(String code) {
        byte[] utf8 = code.getBytes(StandardCharsets.UTF_8);
        byte[] length = compactLength(utf8.length);
        byte[] out = new byte[length.length + utf8.length];
        System.arraycopy(length, 0, out, 0, length.length);
        System.arraycopy(utf8, 0, out, length.length, utf8.length);
        return out;
    }

    /** SCALE compact encoding of a length (single-byte, two-byte and four-byte modes). */
    private static byte[] compactLength(int n) {
        if (n < 64) {
            return new byte[] {(byte) (n << 2)};
        } else if (n < (1 << 14)) {
            int v = (n << 2) | 1;
            return new byte[] {(byte) v, (byte) (v >>> 8)};
        } else if (n < (1 << 30)) {
            int v = (n << 2) | 2;
            return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
        }
        throw new IllegalArgumentException("derivation junction too long: " + n + " bytes");
    }

    private static byte[] toChainCode(byte[] encoded) {
        if (encoded.length > Sr25519.CHAIN_CODE_LENGTH) {
            return Blake2b.blake2b256(encoded);
        }
        return Arrays.copyOf(encoded, Sr25519.CHAIN_CODE_LENGTH);
    }
}
