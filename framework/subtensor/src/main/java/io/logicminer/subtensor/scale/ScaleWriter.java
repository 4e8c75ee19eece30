package io.logicminer.subtensor.scale;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes SCALE-encoded values into a growing buffer, little-endian. Values out of a type's range are rejected with
 * an {@link IllegalArgumentException} naming the value and the type. Not thread-safe.
 */
public final class ScaleWriter {

    private static final BigInteger TWO_POW_30 = BigInteger.ONE.shiftLeft(30);
    private static final BigInteger MAX_COMPACT = BigInteger.ONE.shiftLeft(536).subtract(BigInteger.ONE);

    private byte[] buffer = new byte[64];
    private int size;

    public int size() {
        return size;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }

    public ScaleWriter u8(int value) {
        checkRange(value, 0, 0xff, "u8");
        ensure(1);
        buffer[size++] = (byte) value;
        return this;
    }

    public ScaleWriter u16(int value) {
        checkRange(value, 0, 0xffff, "u16");
        return littleEndian(value, 2);
    }

    public ScaleWriter u32(long value) {
        checkRange(value, 0, 0xffff_ffffL, "u32");
        return littleEndian(value, 4);
    }

    /** The 64 bits of {@code value} as an unsigned u64 (or signed i64: the bytes are the same). */
    public ScaleWriter u64(long value) {
        return littleEndian(value, 8);
    }

    /** An unsigned integer of {@code byteCount} bytes; negative or too large values are rejected. */
    public ScaleWriter unsigned(BigInteger value, int byteCount) {
        if (value.signum() < 0 || value.bitLength() > byteCount * 8) {
            throw new IllegalArgumentException(value + " is out of range for u" + byteCount * 8);
        }
        return twosComplement(value, byteCount);
    }

    /** A two's-complement integer of {@code byteCount} bytes; out-of-range values are rejected. */
    public ScaleWriter signed(BigInteger value, int byteCount) {
        if (value.bitLength() > byteCount * 8 - 1) {
            throw new IllegalArgumentException(value + " is out of range for i" + byteCount * 8);
        }
        return twosComplement(value, byteCount);
    }

    public ScaleWriter bool(boolean value) {
        return u8(value ? 1 : 0);
    }

    public ScaleWriter compact(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("compact integers are unsigned, got " + value);
        }
        if (value < 64) {
            return u8((int) (value << 2));
        }
        if (value < (1 << 14)) {
            return littleEndian((value << 2) | 0b01, 2);
        }
        if (value < (1L << 30)) {
            return littleEndian((value << 2) | 0b10, 4);
        }
        return compact(BigInteger.valueOf(value));
    }

    public ScaleWriter compact(BigInteger value) {
        if (value.signum() < 0 || value.compareTo(MAX_COMPACT) > 0) {
            throw new IllegalArgumentException(value + " is out of range for a compact integer");
        }
        if (value.compareTo(TWO_POW_30) < 0) {
            return compact(value.longValue());
        }
        int byteCount = Math.max(4, (value.bitLength() + 7) / 8);
        u8(((byteCount - 4) << 2) | 0b11);
        return twosComplement(value, byteCount);
    }

    /** Raw bytes, no length prefix. */
    public ScaleWriter bytes(byte[] value) {
        ensure(value.length);
        System.arraycopy(value, 0, buffer, size, value.length);
        size += value.length;
        return this;
    }

    /** A compact length prefix then the bytes ({@code Vec<u8>}). */
    public ScaleWriter byteVec(byte[] value) {
        compact(value.length);
        return bytes(value);
    }

    public ScaleWriter str(String value) {
        return byteVec(value.getBytes(StandardCharsets.UTF_8));
    }

    private ScaleWriter littleEndian(long value, int count) {
        ensure(count);
        for (int i = 0; i < count; i++) {
            buffer[size++] = (byte) (value >>> (8 * i));
        }
        return this;
    }

    private ScaleWriter twosComplement(BigInteger value, int count) {
        byte[] bigEndian = value.toByteArray();
        ensure(count);
        byte fill = (byte) (value.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < count; i++) {
            int index = bigEndian.length - 1 - i;
            buffer[size++] = index >= 0 ? bigEndian[index] : fill;
        }
        return this;
    }

    private static void checkRange(long value, long min, long max, String type) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(value + " is out of range for " + type);
        }
    }
}
