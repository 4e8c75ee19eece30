package io.logicminer.bittensor.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Blake2bTest {

    /** RFC 7693, appendix A. */
    @Test
    void rfc7693AbcVector() {
        assertEquals("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                + "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923",
            Hex.encode(Blake2b.blake2b512("abc".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void emptyInputVectors() {
        assertEquals("786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419"
                + "d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce",
            Hex.encode(Blake2b.blake2b512(new byte[0])));
        assertEquals("0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8",
            Hex.encode(Blake2b.blake2b256(new byte[0])));
    }

    /** The reference implementation's keyed KAT: key 00..3f, empty input and input 00. */
    @Test
    void keyedKnownAnswers() {
        byte[] key = new byte[64];
        for (int i = 0; i < 64; i++) {
            key[i] = (byte) i;
        }
        assertEquals("10ebb67700b1868efb4417987acf4690ae9d972fb7a590c2f02871799aaa4786"
                + "b5e996e8f0f4eb981fc214b005f42d2ff4233499391653df7aefcbc13fc51568",
            Hex.encode(new Blake2b(64, key).digest()));
        assertEquals("961f6dd1e4dd30f63901690c512e78e4b45e4742ed197c3c5e45c549fd25f2e4"
                + "187b0bc9fe30492b16b0d0bc4ef9b0f34c7003fac09a5ef1532e69430234cebd",
            Hex.encode(new Blake2b(64, key).update(new byte[] {0}).digest()));
    }

    @Test
    void incrementalEqualsOneShotAcrossBlockBoundaries() {
        Random random = new Random(7);
        for (int length : new int[] {0, 1, 127, 128, 129, 255, 256, 257, 1000}) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            Blake2b incremental = new Blake2b(32);
            for (int offset = 0; offset < length; offset += 13) {
                incremental.update(data, offset, Math.min(13, length - offset));
            }
            assertArrayEquals(Blake2b.hash(32, data), incremental.digest(), "length " + length);
        }
    }

    @Test
    void rejectsBadParameters() {
        assertThrows(IllegalArgumentException.class, () -> new Blake2b(0));
        assertThrows(IllegalArgumentException.class, () -> new Blake2b(65));
        assertThrows(IllegalArgumentException.class, () -> new Blake2b(32, new byte[65]));
    }
}
