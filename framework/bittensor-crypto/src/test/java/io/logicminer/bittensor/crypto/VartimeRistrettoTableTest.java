package io.logicminer.bittensor.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cafe.cryptography.curve25519.Constants;
import cafe.cryptography.curve25519.RistrettoElement;
import cafe.cryptography.curve25519.Scalar;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The variable-time table against the library's constant-time multiplication, on random and edge scalars. */
class VartimeRistrettoTableTest {

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
            BigInteger.valueOf(136), BigInteger.TWO.pow(252), ORDER.subtract(BigInteger.ONE),
            ORDER.subtract(BigInteger.valueOf(8)))) {
            out.add(scalar(edge));
        }
        SplittableRandom random = new SplittableRandom(25519);
        for (int i = 0; i < 200; i++) {
            byte[] wide = new byte[64];
            random.nextBytes(wide);
            out.add(Scalar.fromBytesModOrderWide(wide));
        }
        return out;
    }

    private static byte[] bytes(RistrettoElement e) {
        return e.compress().toByteArray();
    }

    private static BigInteger value(Scalar s) {
        byte[] le = s.toByteArray();
        byte[] be = new byte[33];
        for (int i = 0; i < 32; i++) {
            be[32 - i] = le[i];
        }
        return new BigInteger(be);
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
        VartimeRistrettoTable compact = VartimeRistrettoTable.radix16(point);
        VartimeRistrettoTable wide = VartimeRistrettoTable.radix256(Constants.RISTRETTO_GENERATOR);
        for (Scalar s : scalars()) {
            assertArrayEquals(bytes(point.multiply(s)), bytes(compact.multiply(s)));
            assertArrayEquals(bytes(Constants.RISTRETTO_GENERATOR_TABLE.multiply(s)), bytes(wide.multiply(s)));
        }
    }
}
