package io.logicminer.bittensor.crypto;

import java.math.BigInteger;

/**
 * Arithmetic modulo p = 2^255 − 19 on five 51-bit limbs ({@code long[5]}, little-endian), written for the
 * variable-time verification path: results go into caller-owned arrays, so a verification allocates almost nothing.
 * Products use {@link Math#multiplyHigh}: each 102-bit limb product is split at bit 51 into a low part and a high
 * part, summed separately, so no 128-bit carry is ever tracked.
 *
 * <p>Bounds: inputs to {@link #mul} and {@link #square} may have limbs up to 2^53 (a sum of up to three carried values);
 * every operation except {@link #add} returns carried limbs (below 2^51 + 2^13). Outputs may alias inputs.
 */
final class Field25519 {

    static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
    private static final long MASK = (1L << 51) - 1;
    /** 16·p in limbs, added before subtracting so limbs stay positive. */
    private static final long P16_0 = 16 * ((1L << 51) - 19);
    private static final long P16_N = 16 * ((1L << 51) - 1);

    private Field25519() {
    }

    static long[] zero() {
        return new long[5];
    }

    static long[] one() {
        return new long[] {1, 0, 0, 0, 0};
    }

    static void set(long[] out, long[] a) {
        System.arraycopy(a, 0, out, 0, 5);
    }

    /** out = a + b, limbs not carried (each below 2^52 when a and b are carried). */
    static void add(long[] out, long[] a, long[] b) {
        out[0] = a[0] + b[0];
        out[1] = a[1] + b[1];
        out[2] = a[2] + b[2];
        out[3] = a[3] + b[3];
        out[4] = a[4] + b[4];
    }

    /** out = a − b, carried. */
    static void sub(long[] out, long[] a, long[] b) {
        carry(out, a[0] + P16_0 - b[0], a[1] + P16_N - b[1], a[2] + P16_N - b[2], a[3] + P16_N - b[3],
            a[4] + P16_N - b[4]);
    }

    /** out = −a, carried. */
    static void negate(long[] out, long[] a) {
        carry(out, P16_0 - a[0], P16_N - a[1], P16_N - a[2], P16_N - a[3], P16_N - a[4]);
    }

    private static void carry(long[] out, long c0, long c1, long c2, long c3, long c4) {
        c1 += c0 >>> 51;
        c0 &= MASK;
        c2 += c1 >>> 51;
        c1 &= MASK;
        c3 += c2 >>> 51;
        c2 &= MASK;
        c4 += c3 >>> 51;
        c3 &= MASK;
        c0 += 19 * (c4 >>> 51);
        c4 &= MASK;
        c1 += c0 >>> 51;
        c0 &= MASK;
        out[0] = c0;
        out[1] = c1;
        out[2] = c2;
        out[3] = c3;
        out[4] = c4;
    }

    /** out = a · b, carried. */
    static void mul(long[] out, long[] a, long[] b) {
        long a0 = a[0];
        long a1 = a[1];
        long a2 = a[2];
        long a3 = a[3];
        long a4 = a[4];
        long b0 = b[0];
        long b1 = b[1];
        long b2 = b[2];
        long b3 = b[3];
        long b4 = b[4];
        long b1x = 19 * b1;
        long b2x = 19 * b2;
        long b3x = 19 * b3;
        long b4x = 19 * b4;
        // coefficient k collects low parts of its products (multiples of 2^(51k)) and the high parts of the
        // products of coefficient k − 1 (multiples of 2^(51k) too); coefficient 5 wraps to 0 with a factor 19.
        long l0 = lo(a0, b0) + lo(a1, b4x) + lo(a2, b3x) + lo(a3, b2x) + lo(a4, b1x);
        long h0 = hi(a0, b0) + hi(a1, b4x) + hi(a2, b3x) + hi(a3, b2x) + hi(a4, b1x);
        long l1 = lo(a0, b1) + lo(a1, b0) + lo(a2, b4x) + lo(a3, b3x) + lo(a4, b2x);
        long h1 = hi(a0, b1) + hi(a1, b0) + hi(a2, b4x) + hi(a3, b3x) + hi(a4, b2x);
        long l2 = lo(a0, b2) + lo(a1, b1) + lo(a2, b0) + lo(a3, b4x) + lo(a4, b3x);
        long h2 = hi(a0, b2) + hi(a1, b1) + hi(a2, b0) + hi(a3, b4x) + hi(a4, b3x);
        long l3 = lo(a0, b3) + lo(a1, b2) + lo(a2, b1) + lo(a3, b0) + lo(a4, b4x);
        long h3 = hi(a0, b3) + hi(a1, b2) + hi(a2, b1) + hi(a3, b0) + hi(a4, b4x);
        long l4 = lo(a0, b4) + lo(a1, b3) + lo(a2, b2) + lo(a3, b1) + lo(a4, b0);
        long h4 = hi(a0, b4) + hi(a1, b3) + hi(a2, b2) + hi(a3, b1) + hi(a4, b0);
        carry(out, l0 + 19 * h4, l1 + h0, l2 + h1, l3 + h2, l4 + h3);
    }

    /** out = a², carried. */
    static void square(long[] out, long[] a) {
        mul(out, a, a);
    }

    /** out = a^(2^n), carried (n ≥ 1). */
    static void squareTimes(long[] out, long[] a, int n) {
        square(out, a);
        for (int i = 1; i < n; i++) {
            square(out, out);
        }
    }

    /** The low 51 bits of x·y. */
    private static long lo(long x, long y) {
        return (x * y) & MASK;
    }

    /** x·y >> 51 (x·y below 2^115). */
    private static long hi(long x, long y) {
        return (Math.multiplyHigh(x, y) << 13) | ((x * y) >>> 51);
    }

    /** out = z^((p − 5) / 8) = z^(2^252 − 3), the usual addition chain. */
    static void pow22523(long[] out, long[] z) {
        long[] t0 = new long[5];
        long[] t1 = new long[5];
        long[] t2 = new long[5];
        square(t0, z);
        squareTimes(t1, t0, 2);
        mul(t1, z, t1);
        mul(t0, t0, t1);
        square(t0, t0);
        mul(t0, t1, t0);
        squareTimes(t1, t0, 5);
        mul(t0, t1, t0);
        squareTimes(t1, t0, 10);
        mul(t1, t1, t0);
        squareTimes(t2, t1, 20);
        mul(t1, t2, t1);
        squareTimes(t1, t1, 10);
        mul(t0, t1, t0);
        squareTimes(t1, t0, 50);
        mul(t1, t1, t0);
        squareTimes(t2, t1, 100);
        mul(t1, t2, t1);
        squareTimes(t1, t1, 50);
        mul(t0, t1, t0);
        squareTimes(t0, t0, 2);
        mul(out, t0, z);
    }

    /** out = 1 / z = z^(p − 2) = (z^(2^252 − 3))^8 · z^3; 0 for 0. */
    static void invert(long[] out, long[] z) {
        long[] t = new long[5];
        long[] z3 = new long[5];
        pow22523(t, z);
        squareTimes(t, t, 3);
        square(z3, z);
        mul(z3, z3, z);
        mul(out, t, z3);
    }

    /** The canonical 32-byte little-endian encoding (the value reduced below p). */
    static byte[] toBytes(long[] a) {
        long[] t = a.clone();
        for (int pass = 0; pass < 3; pass++) { // after three passes every limb is below 2^51
            for (int i = 0; i < 4; i++) {
                t[i + 1] += t[i] >>> 51;
                t[i] &= MASK;
            }
            t[0] += 19 * (t[4] >>> 51);
            t[4] &= MASK;
        }
        // t < 2^255; subtract p if t ≥ p: q = 1 when t + 19 reaches 2^255.
        long q = (t[0] + 19) >>> 51;
        q = (t[1] + q) >>> 51;
        q = (t[2] + q) >>> 51;
        q = (t[3] + q) >>> 51;
        q = (t[4] + q) >>> 51;
        long c0 = t[0] + 19 * q;
        long c1 = t[1] + (c0 >>> 51);
        c0 &= MASK;
        long c2 = t[2] + (c1 >>> 51);
        c1 &= MASK;
        long c3 = t[3] + (c2 >>> 51);
        c2 &= MASK;
        long c4 = t[4] + (c3 >>> 51);
        c3 &= MASK;
        c4 &= MASK;
        byte[] out = new byte[32];
        putLong(out, 0, c0 | (c1 << 51));
        putLong(out, 8, (c1 >>> 13) | (c2 << 38));
        putLong(out, 16, (c2 >>> 26) | (c3 << 25));
        putLong(out, 24, (c3 >>> 39) | (c4 << 12));
        return out;
    }

    private static void putLong(byte[] out, int offset, long v) {
        for (int i = 0; i < 8; i++) {
            out[offset + i] = (byte) (v >>> (8 * i));
        }
    }

    private static long getLong(byte[] in, int offset) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (in[offset + i] & 0xFF);
        }
        return v;
    }

    /** The element of a 32-byte little-endian encoding, bit 255 ignored (the value may be ≥ p: not canonical). */
    static long[] fromBytes(byte[] in) {
        long w0 = getLong(in, 0);
        long w1 = getLong(in, 8);
        long w2 = getLong(in, 16);
        long w3 = getLong(in, 24);
        return new long[] {w0 & MASK, ((w0 >>> 51) | (w1 << 13)) & MASK, ((w1 >>> 38) | (w2 << 26)) & MASK,
            ((w2 >>> 25) | (w3 << 39)) & MASK, (w3 >>> 12) & MASK};
    }

    static long[] fromBigInteger(BigInteger value) {
        byte[] be = value.mod(P).toByteArray();
        byte[] le = new byte[32];
        for (int i = 0; i < be.length && i < 32; i++) {
            le[i] = be[be.length - 1 - i];
        }
        return fromBytes(le);
    }

    static BigInteger toBigInteger(long[] a) {
        byte[] le = toBytes(a);
        byte[] be = new byte[33];
        for (int i = 0; i < 32; i++) {
            be[32 - i] = le[i];
        }
        return new BigInteger(be);
    }

    /** The low bit of the canonical encoding ("negative" in RFC 9496). */
    static boolean isNegative(long[] a) {
        return (toBytes(a)[0] & 1) != 0;
    }

    static boolean isZero(long[] a) {
        byte[] b = toBytes(a);
        int acc = 0;
        for (byte x : b) {
            acc |= x;
        }
        return acc == 0;
    }

    static boolean equal(long[] a, long[] b) {
        return java.util.Arrays.equals(toBytes(a), toBytes(b));
    }

    /** |a|: a, or −a when a is negative. */
    static void abs(long[] out, long[] a) {
        if (isNegative(a)) {
            negate(out, a);
        } else {
            set(out, a);
        }
    }
}
