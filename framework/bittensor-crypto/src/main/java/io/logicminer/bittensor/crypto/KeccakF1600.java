package io.logicminer.bittensor.crypto;

/**
 * The Keccak-f[1600] permutation (FIPS 202, section 3), the core of STROBE.
 *
 * <p>The permutation works on 25 little-endian 64-bit lanes; {@link #permute(byte[])} converts a
 * 200-byte state in place. It has no data-dependent branches or table look-ups.
 */
final class KeccakF1600 {

    static final int STATE_BYTES = 200;

    private static final long[] ROUND_CONSTANTS = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808AL, 0x8000000080008000L,
        0x000000000000808BL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008AL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000AL,
        0x000000008000808BL, 0x800000000000008BL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800AL, 0x800000008000000AL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L,
    };

    /** Rotation offsets of rho, in the order the combined rho-pi step visits the lanes. */
    private static final int[] RHO_OFFSETS = {
        1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44,
    };

    /** The lane each step of the combined rho-pi walk moves to (pi: (x, y) -> (y, 2x + 3y)). */
    private static final int[] PI_LANES = {
        10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1,
    };

    private KeccakF1600() {
    }

    /** Applies the 24-round permutation to a 200-byte state, in place. */
    static void permute(byte[] state) {
        if (state.length != STATE_BYTES) {
            throw new IllegalArgumentException("Keccak-f[1600] state must be 200 bytes, got " + state.length);
        }
        long[] lanes = new long[25];
        for (int i = 0; i < 25; i++) {
            long v = 0;
            for (int b = 7; b >= 0; b--) {
                v = (v << 8) | (state[8 * i + b] & 0xFFL);
            }
            lanes[i] = v;
        }
        permute(lanes);
        for (int i = 0; i < 25; i++) {
            long v = lanes[i];
            for (int b = 0; b < 8; b++) {
                state[8 * i + b] = (byte) v;
                v >>>= 8;
            }
        }
    }

    /** Applies the 24-round permutation to 25 lanes, in place. */
    static void permute(long[] a) {
        long[] c = new long[5];
        for (int round = 0; round < 24; round++) {
            // theta
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[y + x] ^= d;
                }
            }
            // rho and pi
            long carried = a[1];
            for (int i = 0; i < 24; i++) {
                int lane = PI_LANES[i];
                long next = a[lane];
                a[lane] = Long.rotateLeft(carried, RHO_OFFSETS[i]);
                carried = next;
            }
            // chi
            for (int y = 0; y < 25; y += 5) {
                long a0 = a[y], a1 = a[y + 1], a2 = a[y + 2], a3 = a[y + 3], a4 = a[y + 4];
                a[y] = a0 ^ (~a1 & a2);
                a[y + 1] = a1 ^ (~a2 & a3);
                a[y + 2] = a2 ^ (~a3 & a4);
                a[y + 3] = a3 ^ (~a4 & a0);
                a[y + 4] = a4 ^ (~a0 & a1);
            }
            // iota
            a[0] ^= ROUND_CONSTANTS[round];
        }
    }
}
