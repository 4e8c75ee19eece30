package io.logicminer.subtensor.storage;

import io.logicminer.bittensor.crypto.Blake2b;
import io.logicminer.subtensor.metadata.StorageHasher;
import net.openhft.hashing.LongHashFunction;

/**
 * Substrate's storage hashers. The twox family is xxHash64 with seeds 0, 1, ... concatenated little-endian
 * (xxHash64 from OpenHFT zero-allocation-hashing, a maintained library); blake2 from bittensor-crypto.
 */
public final class StorageHashing {

    private static final LongHashFunction[] XX = {
        LongHashFunction.xx(0), LongHashFunction.xx(1), LongHashFunction.xx(2), LongHashFunction.xx(3),
    };

    private StorageHashing() {
    }

    /** {@code hasher(data)}: the hash, followed by {@code data} itself for the concat hashers and identity. */
    public static byte[] hash(StorageHasher hasher, byte[] data) {
        return switch (hasher) {
            case BLAKE2_128 -> Blake2b.hash(16, data);
            case BLAKE2_256 -> Blake2b.hash(32, data);
            case BLAKE2_128_CONCAT -> concat(Blake2b.hash(16, data), data);
            case TWOX_128 -> twox(data, 2);
            case TWOX_256 -> twox(data, 4);
            case TWOX_64_CONCAT -> concat(twox(data, 1), data);
            case IDENTITY -> data.clone();
        };
    }

    public static byte[] twox128(byte[] data) {
        return twox(data, 2);
    }

    private static byte[] twox(byte[] data, int words) {
        byte[] out = new byte[8 * words];
        for (int w = 0; w < words; w++) {
            long h = XX[w].hashBytes(data);
            for (int i = 0; i < 8; i++) {
                out[8 * w + i] = (byte) (h >>> (8 * i));
            }
        }
        return out;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
