package io.logicminer.subtensor.scale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ScaleReaderTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    @Test
    void compactVectorsFromParityScaleCodec() {
        String[][] vectors = {
            {"0", "00"}, {"1", "04"}, {"63", "fc"}, {"64", "0101"}, {"16383", "fdff"}, {"16384", "02000100"},
            {"1073741823", "feffffff"}, {"1073741824", "0300000040"}, {"4294967295", "03ffffffff"},
            {"4294967296", "070000000001"}, {"18446744073709551615", "13ffffffffffffffff"},
            {"340282366920938463463374607431768211455", "33ffffffffffffffffffffffffffffffff"},
        };
        for (String[] v : vectors) {
            BigInteger value = new BigInteger(v[0]);
            assertEquals(v[1], hex(new ScaleWriter().compact(value).toByteArray()), v[0]);
            ScaleReader in = new ScaleReader(hex(v[1]));
            assertEquals(value, in.compact(), v[1]);
            assertFalse(in.hasRemaining());
            if (value.bitLength() < 63) {
                assertEquals(v[1], hex(new ScaleWriter().compact(value.longValue()).toByteArray()));
            }
        }
    }

    @Test
    void nonCanonicalCompactIsRejected() {
        for (String bad : new String[] {"0100", "02000000", "0300000000", "070000000000"}) {
            ScaleDecodeException e = assertThrows(ScaleDecodeException.class, () -> new ScaleReader(hex(bad)).compact(),
                bad);
            assertTrue(e.getMessage().contains("non-canonical"), e.getMessage());
        }
    }

    @Test
    void fixedWidthIntegersAreLittleEndian() {
        ScaleWriter w = new ScaleWriter().u8(0xab).u16(0x1234).u32(0xdeadbeefL).u64(-1L)
            .unsigned(BigInteger.ONE.shiftLeft(100), 16).signed(BigInteger.valueOf(-2), 16).bool(true);
        byte[] bytes = w.toByteArray();
        assertEquals("ab" + "3412" + "efbeadde" + "ffffffffffffffff" + "00000000000000000000000010000000"
            + "feffffffffffffffffffffffffffffff" + "01", hex(bytes));
        ScaleReader in = new ScaleReader(bytes);
        assertEquals(0xab, in.u8());
        assertEquals(0x1234, in.u16());
        assertEquals(0xdeadbeefL, in.u32());
        assertEquals(-1L, in.u64());
        assertEquals(BigInteger.ONE.shiftLeft(100), in.u128());
        assertEquals(BigInteger.valueOf(-2), in.i128());
        assertTrue(in.bool());
        in.expectEnd("test");
        assertEquals(-1, new ScaleReader(hex("ff")).i8());
        assertEquals(-2, new ScaleReader(hex("feff")).i16());
        assertEquals(BigInteger.TWO.pow(256).subtract(BigInteger.ONE), new ScaleReader(hex("ff".repeat(32))).u256());
    }

    @Test
    void outOfRangeWritesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ScaleWriter().u8(256));
        assertThrows(IllegalArgumentException.class, () -> new ScaleWriter().unsigned(BigInteger.ONE.shiftLeft(128), 16));
        assertThrows(IllegalArgumentException.class, () -> new ScaleWriter().unsigned(BigInteger.valueOf(-1), 4));
        assertThrows(IllegalArgumentException.class, () -> new ScaleWriter().signed(BigInteger.valueOf(128), 1));
        assertThrows(IllegalArgumentException.class, () -> new ScaleWriter().compact(-1));
    }

    @Test
    void truncatedInputNamesTheOffset() {
        ScaleReader in = new ScaleReader(hex("010203"));
        in.u16();
        ScaleDecodeException e = assertThrows(ScaleDecodeException.class, in::u32);
        assertEquals(2, e.offset());
        assertTrue(e.getMessage().contains("offset 2"), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void lengthPrefixLargerThanTheInputIsRejectedBeforeAllocating() {
        // compact 2^62 length (big-integer mode) followed by two bytes
        byte[] hostile = hex("07" + "0000000040" + "aabb");
        ScaleDecodeException e = assertThrows(ScaleDecodeException.class, () -> new ScaleReader(hostile).byteVec());
        assertTrue(e.getMessage().contains("exceeds"), e.getMessage());
        assertEquals(0, e.offset());
        assertThrows(ScaleDecodeException.class, () -> new ScaleReader(hex("0c6162")).str());
    }

    @Test
    void stringsAndBools() {
        byte[] encoded = new ScaleWriter().str("héllo").toByteArray();
        assertEquals("18" + hex("héllo".getBytes(java.nio.charset.StandardCharsets.UTF_8)), hex(encoded));
        assertEquals("héllo", new ScaleReader(encoded).str());
        assertThrows(ScaleDecodeException.class, () -> new ScaleReader(hex("04ff")).str());
        assertThrows(ScaleDecodeException.class, () -> new ScaleReader(hex("02")).bool());
        assertArrayEquals(hex("0102"), new ScaleReader(hex("080102")).byteVec());
    }

    @Test
    void trailingBytesAreReported() {
        ScaleReader in = new ScaleReader(hex("0001"));
        in.u8();
        ScaleDecodeException e = assertThrows(ScaleDecodeException.class, () -> in.expectEnd("a u8"));
        assertEquals(1, e.offset());
    }
}
