package io.logicminer.subtensor.metadata;

/** Substrate's storage key hashers, in their metadata order. */
public enum StorageHasher {
    BLAKE2_128, BLAKE2_256, BLAKE2_128_CONCAT, TWOX_128, TWOX_256, TWOX_64_CONCAT, IDENTITY;

    /** Whether the hashed key is followed by the key itself (so keys can be read back from storage keys). */
    public boolean isConcat() {
        return this == BLAKE2_128_CONCAT || this == TWOX_64_CONCAT || this == IDENTITY;
    }

    /** Bytes of hash before the key itself (for concat hashers) or of the whole output (others). */
    public int hashLength() {
        return switch (this) {
            case BLAKE2_128, BLAKE2_128_CONCAT, TWOX_128 -> 16;
            case BLAKE2_256, TWOX_256 -> 32;
            case TWOX_64_CONCAT -> 8;
            case IDENTITY -> 0;
        };
    }
}
