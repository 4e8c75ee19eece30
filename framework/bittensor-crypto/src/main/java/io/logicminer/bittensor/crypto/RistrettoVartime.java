package io.logicminer.bittensor.crypto;

import java.math.BigInteger;

/**
 * Ristretto255 (RFC 9496) on {@link Field25519} for the variable-time verification path: decoding a public point,
 * encoding a result, and the twisted Edwards point operations a fixed-base table multiplication needs (mixed addition
 * of a precomputed point, doubling). Nothing here is constant time; it only ever sees public values. The
 * constant-time group code for secrets (signing, key derivation) stays the library's.
 */
final class RistrettoVartime {

    /** Edwards d = −121665/121666. */
    static final long[] D = Field25519.fromBigInteger(BigInteger.valueOf(-121665)
        .multiply(BigInteger.valueOf(121666).modInverse(Field25519.P)));
    static final long[] D2 = Field25519.fromBigInteger(Field25519.toBigInteger(D).shiftLeft(1));
    /** √−1 (RFC 9496's SQRT_M1). */
    static final long[] SQRT_M1 = Field25519.fromBigInteger(new BigInteger(
        "19681161376707505956807079304988542015446066515923890162744021073123829784752"));
    /** 1/√(a − d) with a = −1 (RFC 9496's INVSQRT_A_MINUS_D). */
    static final long[] INVSQRT_A_MINUS_D = Field25519.fromBigInteger(new BigInteger(
        "54469307008909316920995813868745141605393597292927456921205312896311721017578"));

    private RistrettoVartime() {
    }

    /** A point in extended coordinates (X : Y : Z : T), x = X/Z, y = Y/Z, xy = T/Z. Mutable. */
    static final class Point {
        final long[] x;
        final long[] y;
        final long[] z;
        final long[] t;

        Point(long[] x, long[] y, long[] z, long[] t) {
            this.x = x;
            this.y = y;
            this.z = z;
            this.t = t;
        }

        static Point identity() {
            return new Point(Field25519.zero(), Field25519.one(), Field25519.one(), Field25519.zero());
        }

        Point copy() {
            return new Point(x.clone(), y.clone(), z.clone(), t.clone());
        }
    }

    /** A precomputed affine point in the form mixed addition wants: (y + x, y − x, 2d·x·y). */
    record Niels(long[] yPlusX, long[] yMinusX, long[] xy2d) {
    }

    /** Temporaries for the point operations, one set per thread of work. */
    static final class Scratch {
        final long[] a = new long[5];
        final long[] b = new long[5];
        final long[] c = new long[5];
        final long[] d = new long[5];
        final long[] e = new long[5];
        final long[] f = new long[5];
        final long[] g = new long[5];
        final long[] h = new long[5];
    }

    /** p += n (or p −= n): 7 multiplications. */
    static void addNiels(Point p, Niels n, boolean subtract, Scratch s) {
        Field25519.add(s.a, p.y, p.x);
        Field25519.sub(s.b, p.y, p.x);
        Field25519.mul(s.c, s.a, subtract ? n.yMinusX() : n.yPlusX());   // PP
        Field25519.mul(s.d, s.b, subtract ? n.yPlusX() : n.yMinusX());   // MM
        Field25519.mul(s.e, p.t, n.xy2d());                              // T·2dxy
        Field25519.add(s.f, p.z, p.z);                                   // 2Z
        // completed point (E, F, G, H) = (PP − MM, PP + MM, 2Z ± T2dxy, 2Z ∓ T2dxy)
        Field25519.sub(s.g, s.c, s.d);
        Field25519.add(s.h, s.c, s.d);
        if (subtract) {
            Field25519.sub(s.a, s.f, s.e);
            Field25519.add(s.b, s.f, s.e);
        } else {
            Field25519.add(s.a, s.f, s.e);
            Field25519.sub(s.b, s.f, s.e);
        }
        toExtended(p, s.g, s.h, s.a, s.b);
    }

    /** p = 2p: 4 squarings and 4 multiplications. */
    static void dbl(Point p, Scratch s) {
        Field25519.square(s.a, p.x);                // XX
        Field25519.square(s.b, p.y);                // YY
        Field25519.square(s.c, p.z);
        Field25519.add(s.c, s.c, s.c);              // 2ZZ
        Field25519.add(s.d, p.x, p.y);
        Field25519.square(s.d, s.d);                // (X + Y)²
        Field25519.add(s.e, s.b, s.a);              // YY + XX
        Field25519.sub(s.f, s.b, s.a);              // YY − XX
        Field25519.sub(s.g, s.d, s.e);              // completed X
        Field25519.sub(s.h, s.c, s.f);              // completed T
        toExtended(p, s.g, s.e, s.f, s.h);
    }

    /** The completed point ((X : Z), (Y : T)) to extended coordinates. */
    private static void toExtended(Point p, long[] cx, long[] cy, long[] cz, long[] ct) {
        Field25519.mul(p.x, cx, ct);
        Field25519.mul(p.y, cy, cz);
        Field25519.mul(p.z, cz, ct);
        Field25519.mul(p.t, cx, cy);
    }

    /** Points to their Niels form, with one shared inversion (Montgomery's trick) for all the Z coordinates. */
    static Niels[] toNiels(Point[] points) {
        int n = points.length;
        long[][] prefix = new long[n][];
        long[] acc = Field25519.one();
        for (int i = 0; i < n; i++) {
            prefix[i] = acc.clone();
            Field25519.mul(acc, acc, points[i].z);
        }
        long[] inv = new long[5];
        Field25519.invert(inv, acc);
        Niels[] out = new Niels[n];
        long[] zInv = new long[5];
        long[] x = new long[5];
        long[] y = new long[5];
        for (int i = n - 1; i >= 0; i--) {
            Field25519.mul(zInv, inv, prefix[i]);
            Field25519.mul(inv, inv, points[i].z);
            Field25519.mul(x, points[i].x, zInv);
            Field25519.mul(y, points[i].y, zInv);
            long[] ypx = new long[5];
            long[] ymx = new long[5];
            long[] xy2d = new long[5];
            Field25519.add(ypx, y, x); // uncarried (below 2^52), fine as a multiplication input
            Field25519.sub(ymx, y, x);
            Field25519.mul(xy2d, x, y);
            Field25519.mul(xy2d, xy2d, D2);
            out[i] = new Niels(ypx, ymx, xy2d);
        }
        return out;
    }

    /** SQRT_RATIO_M1(u, v) of RFC 9496: whether u/v is a square, and the non-negative root (of u/v or i·u/v). */
    static boolean sqrtRatioM1(long[] out, long[] u, long[] v) {
        long[] v3 = new long[5];
        long[] v7 = new long[5];
        long[] r = new long[5];
        long[] t = new long[5];
        Field25519.square(v3, v);
        Field25519.mul(v3, v3, v);
        Field25519.square(v7, v3);
        Field25519.mul(v7, v7, v);
        Field25519.mul(t, u, v7);
        Field25519.pow22523(t, t);
        Field25519.mul(r, u, v3);
        Field25519.mul(r, r, t);
        long[] check = new long[5];
        Field25519.square(check, r);
        Field25519.mul(check, check, v);
        long[] minusU = new long[5];
        Field25519.negate(minusU, u);
        long[] minusUi = new long[5];
        Field25519.mul(minusUi, minusU, SQRT_M1);
        boolean correct = Field25519.equal(check, u);
        boolean flipped = Field25519.equal(check, minusU);
        boolean flippedI = Field25519.equal(check, minusUi);
        if (flipped || flippedI) {
            Field25519.mul(r, r, SQRT_M1);
        }
        Field25519.abs(out, r);
        return correct || flipped;
    }

    /** RFC 9496 decoding; null for an invalid or non-canonical encoding. */
    static Point decode(byte[] encoded) {
        if (encoded.length != 32) {
            return null;
        }
        long[] s = Field25519.fromBytes(encoded);
        if (!java.util.Arrays.equals(Field25519.toBytes(s), encoded) || Field25519.isNegative(s)) {
            return null;
        }
        long[] ss = new long[5];
        Field25519.square(ss, s);
        long[] u1 = new long[5];
        long[] u2 = new long[5];
        Field25519.sub(u1, Field25519.one(), ss);
        Field25519.add(u2, Field25519.one(), ss);
        long[] u2sq = new long[5];
        Field25519.square(u2sq, u2);
        long[] v = new long[5];
        Field25519.square(v, u1);
        Field25519.mul(v, v, D);
        Field25519.negate(v, v);
        Field25519.sub(v, v, u2sq);
        long[] invsqrt = new long[5];
        long[] vu2sq = new long[5];
        Field25519.mul(vu2sq, v, u2sq);
        boolean wasSquare = sqrtRatioM1(invsqrt, Field25519.one(), vu2sq);
        long[] denX = new long[5];
        Field25519.mul(denX, invsqrt, u2);
        long[] denY = new long[5];
        Field25519.mul(denY, invsqrt, denX);
        Field25519.mul(denY, denY, v);
        long[] x = new long[5];
        Field25519.add(x, s, s);
        Field25519.mul(x, x, denX);
        Field25519.abs(x, x);
        long[] y = new long[5];
        Field25519.mul(y, u1, denY);
        long[] t = new long[5];
        Field25519.mul(t, x, y);
        if (!wasSquare || Field25519.isNegative(t) || Field25519.isZero(y)) {
            return null;
        }
        return new Point(x, y, Field25519.one(), t);
    }

    /** RFC 9496 encoding. */
    static byte[] encode(Point p) {
        long[] u1 = new long[5];
        long[] tmp = new long[5];
        Field25519.add(u1, p.z, p.y);
        Field25519.sub(tmp, p.z, p.y);
        Field25519.mul(u1, u1, tmp);
        long[] u2 = new long[5];
        Field25519.mul(u2, p.x, p.y);
        long[] invsqrt = new long[5];
        Field25519.square(tmp, u2);
        Field25519.mul(tmp, tmp, u1);
        sqrtRatioM1(invsqrt, Field25519.one(), tmp);
        long[] den1 = new long[5];
        long[] den2 = new long[5];
        Field25519.mul(den1, invsqrt, u1);
        Field25519.mul(den2, invsqrt, u2);
        long[] zInv = new long[5];
        Field25519.mul(zInv, den1, den2);
        Field25519.mul(zInv, zInv, p.t);
        Field25519.mul(tmp, p.t, zInv);
        boolean rotate = Field25519.isNegative(tmp);
        long[] x = new long[5];
        long[] y = new long[5];
        long[] denInv = new long[5];
        if (rotate) {
            Field25519.mul(x, p.y, SQRT_M1);
            Field25519.mul(y, p.x, SQRT_M1);
            Field25519.mul(denInv, den1, INVSQRT_A_MINUS_D);
        } else {
            Field25519.set(x, p.x);
            Field25519.set(y, p.y);
            Field25519.set(denInv, den2);
        }
        Field25519.mul(tmp, x, zInv);
        if (Field25519.isNegative(tmp)) {
            Field25519.negate(y, y);
        }
        long[] s = new long[5];
        Field25519.sub(s, p.z, y);
        Field25519.mul(s, s, denInv);
        Field25519.abs(s, s);
        return Field25519.toBytes(s);
    }
}
