package io.logicminer.bittensor.crypto;

import java.util.Arrays;

/**
 * BLAKE2b (RFC 7693) with an optional key (0..64 bytes) and any output length from 1 to 64 bytes.
 * Substrate uses it for SS58 checksums, long derivation junctions and storage keys.
 *
 * <p>Incremental use: {@code new Blake2b(32).update(a).update(b).digest()}. An instance is not
 * thread-safe and cannot be reused after {@link #digest()}.
 */
public final class Blake2b {

    /** Largest output (and key) length in bytes. */
    public static final int MAX_LENGTH = 64;

    private static final int BLOCK_BYTES = 128;

    private static final long[] IV = {
        0x6A09E667F3BCC908L, 0xBB67AE8584CAA73BL, 0x3C6EF372FE94F82BL, 0xA54FF53A5F1D36F1L,
        0x510E527FADE682D1L, 0x9B05688C2B3E6C1FL, 0x1F83D9ABFB41BD6BL, 0x5BE0CD19137E2179L,
    };

    private static final byte[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    };

    private final long[] h = new long[8];
    private final long[] v = new long[16];
    private final long[] m = new long[16];
    private final byte[] buffer = new byte[BLOCK_BYTES];
    private final int outputLength;
    private int buffered;
    private long counterLow;
    private long counterHigh;
    private boolean finished;

    /** An unkeyed hash with {@code outputLength} bytes of output (1..64). */
    public Blake2b(int outputLength) {
        this(outputLength, new byte[0]);
    }

    /** A keyed hash (MAC) with {@code outputLength} bytes of output (1..64) and a 0..64-byte key. */
    public Blake2b(int outputLength, byte[] key) {
        if (outputLength < 1 || outputLength > MAX_LENGTH) {
            throw new IllegalArgumentException("BLAKE2b output length must be 1..64 bytes, got " + outputLength);
        }
        if (key.length > MAX_LENGTH) {
            throw new IllegalArgumentException("BLAKE2b key must be at most 64 bytes, got " + key.length);
        }
        this.outputLength = outputLength;
        System.arraycopy(IV, 0, h, 0, 8);
        h[0] ^= 0x01010000L ^ ((long) key.length << 8) ^ outputLength;
        if (key.length > 0) {
            System.arraycopy(key, 0, buffer, 0, key.length);
            buffered = BLOCK_BYTES;
        }
    }

    /** One-shot unkeyed hash. */
    public static byte[] hash(int outputLength, byte[] data) {
        return new Blake2b(outputLength).update(data).digest();
    }

    /** BLAKE2b-256 ({@code blake2_256} in Substrate). */
    public static byte[] blake2b256(byte[] data) {
        return hash(32, data);
    }

    /** BLAKE2b-512. */
    public static byte[] blake2b512(byte[] data) {
        return hash(64, data);
    }

    public Blake2b update(byte[] data) {
        return update(data, 0, data.length);
    }

    public Blake2b update(byte[] data, int offset, int length) {
        if (finished) {
            throw new IllegalStateException("BLAKE2b instance already finished; create a new one");
        }
        int end = offset + length;
        while (offset < end) {
            if (buffered == BLOCK_BYTES) {
                // Only compress a full block once more input follows: the last block is compressed
                // with the finalization flag.
                incrementCounter(BLOCK_BYTES);
                compress(false);
                buffered = 0;
            }
            int take = Math.min(BLOCK_BYTES - buffered, end - offset);
            System.arraycopy(data, offset, buffer, buffered, take);
            buffered += take;
            offset += take;
        }
        return this;
    }

    public byte[] digest() {
        if (finished) {
            throw new IllegalStateException("BLAKE2b instance already finished; create a new one");
        }
        finished = true;
        incrementCounter(buffered);
        Arrays.fill(buffer, buffered, BLOCK_BYTES, (byte) 0);
        compress(true);
        byte[] out = new byte[outputLength];
        for (int i = 0; i < outputLength; i++) {
            out[i] = (byte) (h[i >>> 3] >>> (8 * (i & 7)));
        }
        Arrays.fill(buffer, (byte) 0);
        return out;
    }

    private void incrementCounter(int bytes) {
        long before = counterLow;
        counterLow += bytes;
        if (Long.compareUnsigned(counterLow, before) < 0) {
            counterHigh++;
        }
    }

    private void compress(boolean last) {
        for (int i = 0; i < 16; i++) {
            long word = 0;
            for (int b = 7; b >= 0; b--) {
                word = (word << 8) | (buffer[8 * i + b] & 0xFFL);
            }
            m[i] = word;
        }
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= counterLow;
        v[13] ^= counterHigh;
        if (last) {
            v[14] = ~v[14];
        }
        for (int round = 0; round < 12; round++) {
            byte[] s = SIGMA[round % 10];
            mix(0, 4, 8, 12, m[s[0]], m[s[1]]);
            mix(1, 5, 9, 13, m[s[2]], m[s[3]]);
            mix(2, 6, 10, 14, m[s[4]], m[s[5]]);
            mix(3, 7, 11, 15, m[s[6]], m[s[7]]);
            mix(0, 5, 10, 15, m[s[8]], m[s[9]]);
            mix(1, 6, 11, 12, m[s[10]], m[s[11]]);
            mix(2, 7, 8, 13, m[s[12]], m[s[13]]);
            mix(3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) {
            h[i] ^= v[i] ^ v[i + 8];
        }
    }

    private void mix(int a, int b, int c, int d, long x, long y) {
        v[a] = v[a] + v[b] + x;
        v[d] = Long.rotateRight(v[d] ^ v[a], 32);
        v[c] = v[c] + v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 24);
        v[a] = v[a] + v[b] + y;
        v[d] = Long.rotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 63);
    }
}
