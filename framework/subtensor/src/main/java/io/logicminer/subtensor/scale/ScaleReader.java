package io.logicminer.subtensor.scale;

import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Reads SCALE-encoded values from a byte array, little-endian, advancing a position. Every read checks the remaining
 * input first, so truncated or hostile input fails with a {@link ScaleDecodeException} naming the offset; length
 * prefixes are checked against the remaining input before anything is allocated. Not thread-safe.
 */
public final class ScaleReader {

    private static final BigInteger TWO_POW_30 = BigInteger.ONE.shiftLeft(30);

    private final byte[] data;
    private int position;

    /** Reads {@code data} from offset 0; the array is not copied and must not change while reading. */
    public ScaleReader(byte[] data) {
        this(data, 0);
    }

    public ScaleReader(byte[] data, int offset) {
        if (data == null) {
            throw new IllegalArgumentException("SCALE input must not be null");
        }
        if (offset < 0 || offset > data.length) {
            throw new IllegalArgumentException("offset " + offset + " outside input of " + data.length + " bytes");
        }
        this.data = data;
        this.position = offset;
    }

    public int position() {
        return position;
    }

    public int remaining() {
        return data.length - position;
    }

    public boolean hasRemaining() {
        return position < data.length;
    }

    /** Fails unless every byte was consumed; {@code what} names the value for the message. */
    public void expectEnd(String what) {
        if (position != data.length) {
            throw new ScaleDecodeException(remaining() + " unexpected trailing byte(s) after " + what, position);
        }
    }

    private void require(int count, String what) {
        if (count < 0 || count > data.length - position) {
            throw new ScaleDecodeException("truncated input: " + what + " needs " + count + " byte(s), "
                + remaining() + " left", position);
        }
    }

    public int u8() {
        require(1, "u8");
        return data[position++] & 0xff;
    }

    public int u16() {
        require(2, "u16");
        int v = (data[position] & 0xff) | (data[position + 1] & 0xff) << 8;
        position += 2;
        return v;
    }

    public long u32() {
        require(4, "u32");
        long v = littleEndianLong(4);
        position += 4;
        return v;
    }

    /** An unsigned 64-bit value in the bits of a {@code long} (use {@link Long#toUnsignedString}). */
    public long u64() {
        require(8, "u64");
        long v = littleEndianLong(8);
        position += 8;
        return v;
    }

    public BigInteger u128() {
        return unsigned(16);
    }

    public BigInteger u256() {
        return unsigned(32);
    }

    public int i8() {
        return (byte) u8();
    }

    public int i16() {
        return (short) u16();
    }

    public int i32() {
        return (int) u32();
    }

    public long i64() {
        return u64();
    }

    public BigInteger i128() {
        return signed(16);
    }

    public BigInteger i256() {
        return signed(32);
    }

    /** An unsigned little-endian integer of {@code byteCount} bytes. */
    public BigInteger unsigned(int byteCount) {
        require(byteCount, "u" + byteCount * 8);
        byte[] bigEndian = new byte[byteCount + 1];
        for (int i = 0; i < byteCount; i++) {
            bigEndian[byteCount - i] = data[position + i];
        }
        position += byteCount;
        return new BigInteger(bigEndian);
    }

    /** A two's-complement little-endian integer of {@code byteCount} bytes. */
    public BigInteger signed(int byteCount) {
        require(byteCount, "i" + byteCount * 8);
        byte[] bigEndian = new byte[byteCount];
        for (int i = 0; i < byteCount; i++) {
            bigEndian[byteCount - 1 - i] = data[position + i];
        }
        position += byteCount;
        return new BigInteger(bigEndian);
    }

    public boolean bool() {
        int start = position;
        int b = u8();
        return switch (b) {
            case 0 -> false;
            case 1 -> true;
            default -> throw new ScaleDecodeException("invalid bool byte 0x" + Integer.toHexString(b), start);
        };
    }

    /**
     * A compact (variable-length) unsigned integer in any of its four modes. Non-canonical encodings (a value that
     * fits a shorter mode) are rejected, as parity-scale-codec does.
     */
    public BigInteger compact() {
        int start = position;
        int first = u8();
        switch (first & 0b11) {
            case 0b00:
                return BigInteger.valueOf(first >>> 2);
            case 0b01: {
                position = start;
                long v = u16() >>> 2;
                if (v < 64) {
                    throw new ScaleDecodeException("non-canonical compact: " + v + " in two-byte mode", start);
                }
                return BigInteger.valueOf(v);
            }
            case 0b10: {
                position = start;
                long v = u32() >>> 2;
                if (v < (1 << 14)) {
                    throw new ScaleDecodeException("non-canonical compact: " + v + " in four-byte mode", start);
                }
                return BigInteger.valueOf(v);
            }
            default: {
                int byteCount = (first >>> 2) + 4;
                BigInteger v = unsigned(byteCount);
                if (v.compareTo(TWO_POW_30) < 0 || (byteCount > 4 && v.bitLength() <= (byteCount - 1) * 8)) {
                    throw new ScaleDecodeException("non-canonical compact: " + v + " in " + byteCount
                        + "-byte big-integer mode", start);
                }
                return v;
            }
        }
    }

    /** A compact integer that must fit a signed {@code long}. */
    public long compactLong() {
        int start = position;
        BigInteger v = compact();
        if (v.bitLength() > 63) {
            throw new ScaleDecodeException("compact value " + v + " does not fit 63 bits", start);
        }
        return v.longValue();
    }

    /**
     * A compact length prefix of items that take at least {@code minItemBytes} byte(s) each: a length the remaining
     * input cannot hold is an error here, before anything is allocated.
     */
    public int compactLength(int minItemBytes, String what) {
        int start = position;
        BigInteger v = compact();
        long budget = (long) remaining() / Math.max(1, minItemBytes);
        if (v.compareTo(BigInteger.valueOf(budget)) > 0) {
            throw new ScaleDecodeException(what + " length prefix " + v + " exceeds the " + remaining()
                + " byte(s) of input left", start);
        }
        return v.intValue();
    }

    /** {@code count} raw bytes, copied. */
    public byte[] bytes(int count) {
        require(count, count + " raw bytes");
        byte[] out = Arrays.copyOfRange(data, position, position + count);
        position += count;
        return out;
    }

    /** A compact length prefix then that many bytes ({@code Vec<u8>}). */
    public byte[] byteVec() {
        return bytes(compactLength(1, "byte vector"));
    }

    /** A length-prefixed UTF-8 string; malformed UTF-8 is an error. */
    public String str() {
        int start = position;
        byte[] utf8 = byteVec();
        try {
            return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(utf8)).toString();
        } catch (CharacterCodingException e) {
            throw new ScaleDecodeException("string is not valid UTF-8", start, e);
        }
    }

    private long littleEndianLong(int count) {
        long v = 0;
        for (int i = count - 1; i >= 0; i--) {
            v = (v << 8) | (data[position + i] & 0xff);
        }
        return v;
    }
}
