package io.logicminer.subtensor.extrinsic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Vectors from sp_runtime's era tests. */
class EraTest {

    @Test
    void initialisationRoundsAndClampsLikeSubstrate() {
        assertEquals(expected(64, 42), Era.mortal(64, 42));
        assertEquals(expected(32768, 20000), Era.mortal(32768, 20000));
        assertEquals(expected(256, 1), Era.mortal(200, 513));
        assertEquals(expected(4, 1), Era.mortal(2, 1));
        assertEquals(expected(4, 1), Era.mortal(4, 5));
        // quantized: period 65536 quantizes the phase by 16
        assertEquals(expected(65536, 1000000 % 65536 / 16 * 16), Era.mortal(1000000, 1000000));
        assertEquals(expected(65536, 16), Era.mortal(1 << 20, 65536 + 17));
    }

    @Test
    void encodingIsTwoBytes() {
        assertArrayEquals(new byte[] {0}, Era.immortal().encode());
        assertArrayEquals(new byte[] {(byte) (5 + 42 % 16 * 16), (byte) (42 / 16)}, Era.mortal(64, 42).encode());
        for (long period : new long[] {4, 8, 64, 1024, 4096, 8192, 65536}) {
            for (long block : new long[] {0, 1, 42, 4095, 65537, 6_000_001}) {
                Era era = Era.mortal(period, block);
                assertEquals(era, Era.decode(era.encode()), era.toString());
                long birth = era.birth(block);
                assertTrue(birth <= block && block - birth < era.period(), era + " birth " + birth);
                assertEquals(era.phase(), birth % era.period());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Era.decode(new byte[] {0, 1, 2}));
    }

    @Test
    void birthAsSubstrate() {
        Era era = Era.mortal(4, 6); // period 4, phase 2
        assertEquals(6, era.birth(6));
        assertEquals(6, era.birth(7));
        assertEquals(6, era.birth(9));
        assertEquals(10, era.birth(10));
        assertEquals(0, Era.immortal().birth(1234));
    }

    private static Era expected(long period, long phase) {
        Era era = Era.decode(encode(period, phase));
        assertEquals(period, era.period());
        assertEquals(phase, era.phase());
        return era;
    }

    private static byte[] encode(long period, long phase) {
        long quantize = Math.max(period >> 12, 1);
        int low = (int) Math.min(Math.max(Long.numberOfTrailingZeros(period) - 1, 1), 15);
        int encoded = low | (int) ((phase / quantize) << 4);
        return new byte[] {(byte) encoded, (byte) (encoded >> 8)};
    }
}
