package io.logicminer.subtensor.rpc;

import java.util.Locale;

/**
 * A 32-byte hash as Substrate writes it in JSON ("0x" + 64 lowercase hex digits): block hashes, extrinsic hashes,
 * state and extrinsics roots.
 */
public record H256(String hex) {

    public H256 {
        if (hex == null || hex.length() != 66 || !hex.startsWith("0x")) {
            throw new IllegalArgumentException("not a 32-byte 0x-hex hash: " + hex);
        }
        hex = hex.toLowerCase(Locale.ROOT);
        Hex.decode(hex, "hash"); // validates the digits
    }

    public static H256 of(byte[] bytes) {
        if (bytes.length != 32) {
            throw new IllegalArgumentException("a hash has 32 bytes, got " + bytes.length);
        }
        return new H256(Hex.encode(bytes));
    }

    public byte[] bytes() {
        return Hex.decode(hex, "hash");
    }

    @Override
    public String toString() {
        return hex;
    }
}
