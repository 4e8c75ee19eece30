package io.logicminer.bittensor.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cafe.cryptography.curve25519.CompressedRistretto;
import cafe.cryptography.curve25519.Constants;
import cafe.cryptography.curve25519.InvalidEncodingException;
import cafe.cryptography.curve25519.RistrettoElement;
import cafe.cryptography.curve25519.Scalar;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The variable-time verification arithmetic against independent references: field operations against
 * {@link BigInteger}, Ristretto decoding/encoding and table multiplication against the constant-time library.
 */
class VartimeRistrettoTableTest {

    private static final BigInteger P = Field25519.P;
    private static final BigInteger ORDER = BigInteger.TWO.pow(252)
        .add(new BigInteger("27742317777372353535851937790883648493"));

    private static Scalar scalar(BigInteger value) {
        byte[] big = value.toByteArray();
        byte[] little = new byte[32];
        for (int i = 0; i < big.length && i < 32; i++) {
            little[i] = big[big.length - 1 - i];
        }
        return Scalar.fromCanonicalBytes(little);
    }

    private static List<Scalar> scalars() {
        List<Scalar> out = new ArrayList<>();
        for (BigInteger edge : List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(8), BigInteger.valueOf(15),
            BigInteger.valueOf(128), BigInteger.valueOf(136), BigInteger.TWO.pow(252), ORDER.subtract(BigInteger.ONE),
            ORDER.subtract(BigInteger.valueOf(8)))) {
            out.add(scalar(edge));
        }
        SplittableRandom random = new SplittableRandom(25519);
        for (int i = 0; i < 100; i++) {
            byte[] wide = new byte[64];
            random.nextBytes(wide);
            out.add(Scalar.fromBytesModOrderWide(wide));
        }
        return out;
    }

    private static BigInteger value(Scalar s) {
        byte[] le = s.toByteArray();
        byte[] be = new byte[33];
        for (int i = 0; i < 32; i++) {
            be[32 - i] = le[i];
        }
        return new BigInteger(be);
    }

    private static List<BigInteger> fieldValues() {
        List<BigInteger> out = new ArrayList<>(List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO,
            P.subtract(BigInteger.ONE), P.subtract(BigInteger.TWO), BigInteger.TWO.pow(255).subtract(BigInteger.ONE)
                .mod(P), BigInteger.TWO.pow(51), BigInteger.TWO.pow(51).subtract(BigInteger.ONE),
            BigInteger.TWO.pow(204).subtract(BigInteger.ONE)));
        SplittableRandom random = new SplittableRandom(19);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[33];
            random.nextBytes(bytes);
            bytes[0] = 0;
            out.add(new BigInteger(bytes).mod(P));
        }
        return out;
    }

    @Test
    void fieldArithmeticMatchesBigInteger() {
        List<BigInteger> values = fieldValues();
        long[] out = new long[5];
        for (int i = 0; i < values.size(); i++) {
            BigInteger a = values.get(i);
            BigInteger b = values.get(values.size() - 1 - i);
            long[] fa = Field25519.fromBigInteger(a);
            long[] fb = Field25519.fromBigInteger(b);
            Field25519.mul(out, fa, fb);
            assertEquals(a.multiply(b).mod(P), Field25519.toBigInteger(out), a + " * " + b);
            Field25519.sub(out, fa, fb);
            assertEquals(a.subtract(b).mod(P), Field25519.toBigInteger(out));
            Field25519.add(out, fa, fb);
            Field25519.mul(out, out, out); // an uncarried sum into a product
            assertEquals(a.add(b).pow(2).mod(P), Field25519.toBigInteger(out));
            Field25519.negate(out, fa);
            assertEquals(a.negate().mod(P), Field25519.toBigInteger(out));
            if (a.signum() != 0) {
                Field25519.invert(out, fa);
                assertEquals(a.modInverse(P), Field25519.toBigInteger(out));
            }
            Field25519.pow22523(out, fa);
            assertEquals(a.modPow(BigInteger.TWO.pow(252).subtract(BigInteger.valueOf(3)), P),
                Field25519.toBigInteger(out));
        }
        // encodings of p and p + 1 are not canonical: they reduce to 0 and 1
        assertEquals(BigInteger.ZERO, Field25519.toBigInteger(Field25519.fromBytes(le(P))));
        assertEquals(BigInteger.ONE, Field25519.toBigInteger(Field25519.fromBytes(le(P.add(BigInteger.ONE)))));
    }

    private static byte[] le(BigInteger v) {
        byte[] be = v.toByteArray();
        byte[] out = new byte[32];
        for (int i = 0; i < be.length && i < 32; i++) {
            out[i] = be[be.length - 1 - i];
        }
        return out;
    }

    @Test
    void constantsAreRfc9496s() {
        long[] out = new long[5];
        Field25519.square(out, RistrettoVartime.SQRT_M1);
        assertEquals(P.subtract(BigInteger.ONE), Field25519.toBigInteger(out));
        // INVSQRT_A_MINUS_D² · (a − d) = 1 with a = −1
        BigInteger d = Field25519.toBigInteger(RistrettoVartime.D);
        BigInteger inv = Field25519.toBigInteger(RistrettoVartime.INVSQRT_A_MINUS_D);
        assertEquals(BigInteger.ONE, inv.pow(2).multiply(BigInteger.ONE.negate().subtract(d)).mod(P));
    }

    @Test
    void decodingAndEncodingAgreeWithTheLibrary() throws Exception {
        SplittableRandom random = new SplittableRandom(3);
        int valid = 0;
        for (int i = 0; i < 400; i++) {
            byte[] encoded = new byte[32];
            if (i % 2 == 0) {
                byte[] wide = new byte[64];
                random.nextBytes(wide);
                encoded = RistrettoElement.fromUniformBytes(wide).compress().toByteArray();
            } else {
                random.nextBytes(encoded); // mostly invalid
            }
            RistrettoElement library;
            try {
                library = new CompressedRistretto(encoded).decompress();
            } catch (InvalidEncodingException e) {
                library = null;
            }
            RistrettoVartime.Point mine = RistrettoVartime.decode(encoded);
            if (library == null) {
                assertNull(mine, "accepted an encoding the library rejects");
            } else {
                valid++;
                assertNotNull(mine, "rejected an encoding the library accepts");
                assertArrayEquals(encoded, RistrettoVartime.encode(mine));
            }
        }
        assertTrue(valid >= 200, "valid encodings: " + valid);
    }

    @Test
    void signedDigitsSumToTheScalarAndStayInRange() {
        for (Scalar s : scalars()) {
            byte[] nibbles = VartimeRistrettoTable.signedRadix16(s);
            BigInteger sum = BigInteger.ZERO;
            for (int i = 63; i >= 0; i--) {
                assertTrue(nibbles[i] >= -8 && nibbles[i] <= 8, "radix-16 digit " + nibbles[i]);
                sum = sum.shiftLeft(4).add(BigInteger.valueOf(nibbles[i]));
            }
            assertEquals(value(s), sum);
            int[] bytes = VartimeRistrettoTable.signedRadix256(s);
            sum = BigInteger.ZERO;
            for (int i = bytes.length - 1; i >= 0; i--) {
                assertTrue(bytes[i] >= -128 && bytes[i] <= 127, "radix-256 digit " + bytes[i]);
                sum = sum.shiftLeft(8).add(BigInteger.valueOf(bytes[i]));
            }
            assertEquals(value(s), sum);
        }
    }

    @Test
    void bothLayoutsAgreeWithTheConstantTimeLibrary() {
        byte[] seed = new byte[64];
        new SplittableRandom(7).nextBytes(seed);
        RistrettoElement point = RistrettoElement.fromUniformBytes(seed);
        RistrettoVartime.Point decoded = RistrettoVartime.decode(point.compress().toByteArray());
        VartimeRistrettoTable compact = VartimeRistrettoTable.radix16(decoded);
        VartimeRistrettoTable wide = VartimeRistrettoTable.radix256(decoded);
        RistrettoVartime.Scratch scratch = new RistrettoVartime.Scratch();
        List<Scalar> all = scalars();
        for (int i = 0; i < all.size(); i++) {
            Scalar a = all.get(i);
            Scalar b = all.get(all.size() - 1 - i);
            byte[] expected = point.multiply(a).compress().toByteArray();
            assertArrayEquals(expected, RistrettoVartime.encode(compact.multiply(a, false, scratch)));
            assertArrayEquals(expected, RistrettoVartime.encode(wide.multiply(a, false, scratch)));
            // a·P − b·P, as verification combines a key's table and the basepoint's
            RistrettoVartime.Point h = compact.multiply(b, true, scratch);
            wide.addMultiple(h, a, false, scratch);
            assertArrayEquals(point.multiply(a).subtract(point.multiply(b)).compress().toByteArray(),
                RistrettoVartime.encode(h));
        }
    }
}
