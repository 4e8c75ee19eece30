package io.logicminer.bittensor.crypto;

import cafe.cryptography.curve25519.Scalar;
import io.logicminer.bittensor.crypto.RistrettoVartime.Niels;
import io.logicminer.bittensor.crypto.RistrettoVartime.Point;
import io.logicminer.bittensor.crypto.RistrettoVartime.Scratch;

/**
 * Precomputed multiples of one Ristretto point for <em>variable-time</em> multiplication by public scalars, in one
 * of two layouts:
 * <ul>
 *   <li>{@link #radix16} (a verifying key, ~50 KB): {@code table[i][j] = (j + 1) · 256^i · P}, i in 0..31, j in 0..7,
 *       read with 64 signed radix-16 digits, odd digits first, then 4 doublings, then even digits (the layout of the
 *       library's constant-time basepoint table): 64 additions and 4 doublings;</li>
 *   <li>{@link #radix256} (the basepoint, and busy keys, ~0.8 MB): {@code table[i][j] = (j + 1) · 256^i · P}, i in
 *       0..32, j in 0..127, read with 33 signed radix-256 digits: 33 additions, no doubling.</li>
 * </ul>
 * Entries are kept in Niels form ({@link RistrettoVartime#toNiels}), so each addition is a 7-multiplication mixed
 * addition.
 *
 * <p>The library's {@code RistrettoGeneratorTable} reads its table in constant time — every lookup scans all eight
 * entries — which is right for secret scalars (signing) and spent more than half of a verification. Verification
 * only multiplies public values (the signature's s, the challenge k derived from public data, the public key), so
 * here a digit indexes its entry directly. Never use this with a secret scalar.
 */
final class VartimeRistrettoTable {

    private final Niels[][] table;
    private final boolean wide;

    private VartimeRistrettoTable(Point point, int positions, int entries, boolean wide) {
        this.wide = wide;
        this.table = new Niels[positions][];
        Scratch scratch = new Scratch();
        Point base = point.copy();
        for (int i = 0; i < positions; i++) {
            Niels baseNiels = RistrettoVartime.toNiels(new Point[] {base})[0];
            Point[] multiples = new Point[entries];
            Point multiple = base.copy();
            for (int j = 0; j < entries; j++) {
                multiples[j] = multiple.copy();
                RistrettoVartime.addNiels(multiple, baseNiels, false, scratch);
            }
            table[i] = RistrettoVartime.toNiels(multiples);
            for (int k = 0; k < 8; k++) {
                RistrettoVartime.dbl(base, scratch);
            }
        }
    }

    /** The compact layout for a verifying key. */
    static VartimeRistrettoTable radix16(Point point) {
        return new VartimeRistrettoTable(point, 32, 8, false);
    }

    /** The wide layout for a point used by many verifications. */
    static VartimeRistrettoTable radix256(Point point) {
        return new VartimeRistrettoTable(point, 33, 128, true);
    }

    /** {@code ±s · P} for a public scalar, as a new point. */
    Point multiply(Scalar s, boolean negate, Scratch scratch) {
        Point h = Point.identity();
        if (wide) {
            addMultiple(h, s, negate, scratch);
            return h;
        }
        byte[] d = signedRadix16(s);
        for (int i = 1; i < 64; i += 2) {
            accumulate(h, table[i / 2], d[i], negate, scratch);
        }
        for (int k = 0; k < 4; k++) {
            RistrettoVartime.dbl(h, scratch);
        }
        for (int i = 0; i < 64; i += 2) {
            accumulate(h, table[i / 2], d[i], negate, scratch);
        }
        return h;
    }

    /** {@code h += ±s · P}; wide layout only (the compact one needs doublings between its two halves). */
    void addMultiple(Point h, Scalar s, boolean negate, Scratch scratch) {
        if (!wide) {
            throw new IllegalStateException("addMultiple needs the wide layout");
        }
        int[] d = signedRadix256(s);
        for (int i = 0; i < d.length; i++) {
            accumulate(h, table[i], d[i], negate, scratch);
        }
    }

    private static void accumulate(Point h, Niels[] entries, int digit, boolean negate, Scratch scratch) {
        if (digit != 0) {
            RistrettoVartime.addNiels(h, entries[Math.abs(digit) - 1], (digit < 0) != negate, scratch);
        }
    }

    /**
     * The scalar (little-endian, below 2^255) as 64 digits in -8..8 with s = Σ dᵢ·16^i: unsigned nibbles, then each
     * digit of 8 or more borrows 16 from itself and carries one into the next.
     */
    static byte[] signedRadix16(Scalar s) {
        byte[] bytes = s.toByteArray();
        byte[] digits = new byte[64];
        for (int i = 0; i < 32; i++) {
            digits[2 * i] = (byte) (bytes[i] & 15);
            digits[2 * i + 1] = (byte) ((bytes[i] >> 4) & 15);
        }
        for (int i = 0; i < 63; i++) {
            int carry = (digits[i] + 8) >> 4;
            digits[i] -= (byte) (carry << 4);
            digits[i + 1] += (byte) carry;
        }
        return digits;
    }

    /** The scalar as 33 digits in -128..127 with s = Σ dᵢ·256^i (the same borrow-and-carry on whole bytes). */
    static int[] signedRadix256(Scalar s) {
        byte[] bytes = s.toByteArray();
        int[] digits = new int[33];
        for (int i = 0; i < 32; i++) {
            digits[i] = bytes[i] & 0xFF;
        }
        for (int i = 0; i < 32; i++) {
            int carry = (digits[i] + 128) >> 8;
            digits[i] -= carry << 8;
            digits[i + 1] += carry;
        }
        return digits;
    }
}
