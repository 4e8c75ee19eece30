package io.logicminer.subtensor.extrinsic;

/**
 * A transaction's validity window, encoded exactly as Substrate's {@code sp_runtime::generic::Era}: immortal
 * ({@code 0x00}), or mortal for {@code period} blocks (a power of two, 4..65536) starting at the block whose number
 * is {@code phase} modulo {@code period}, in two bytes: the low 4 bits hold {@code log2(period) - 1}, the upper 12
 * the phase divided by {@code max(period / 4096, 1)}.
 */
public final class Era {

    private static final Era IMMORTAL = new Era(0, 0);

    private final long period;
    private final long phase;

    private Era(long period, long phase) {
        this.period = period;
        this.phase = phase;
    }

    public static Era immortal() {
        return IMMORTAL;
    }

    /**
     * A mortal era valid for about {@code period} blocks from {@code currentBlock}: the period is rounded up to a
     * power of two and clamped to 4..65536, the phase quantized, as {@code Era::mortal} does.
     */
    public static Era mortal(long period, long currentBlock) {
        if (period < 1 || currentBlock < 0) {
            throw new IllegalArgumentException("era period must be >= 1 and the block >= 0, got period " + period
                + ", block " + currentBlock);
        }
        long p = Math.min(Math.max(nextPowerOfTwo(period), 4), 1 << 16);
        long phase = currentBlock % p;
        long quantizeFactor = Math.max(p >> 12, 1);
        long quantizedPhase = phase / quantizeFactor * quantizeFactor;
        return new Era(p, quantizedPhase);
    }

    public boolean isImmortal() {
        return period == 0;
    }

    public long period() {
        return period;
    }

    public long phase() {
        return phase;
    }

    /** One byte {@code 0x00} for immortal, else the two-byte little-endian mortal encoding. */
    public byte[] encode() {
        if (isImmortal()) {
            return new byte[] {0};
        }
        long quantizeFactor = Math.max(period >> 12, 1);
        int low = (int) Math.min(Math.max(Long.numberOfTrailingZeros(period) - 1, 1), 15);
        int encoded = low | (int) ((phase / quantizeFactor) << 4);
        return new byte[] {(byte) encoded, (byte) (encoded >>> 8)};
    }

    /**
     * The block the era starts at, seen from {@code currentBlock}: its hash is the era's implicit (signed) part.
     * Immortal eras start at genesis (0).
     */
    public long birth(long currentBlock) {
        if (isImmortal()) {
            return 0;
        }
        return (Math.max(currentBlock, phase) - phase) / period * period + phase;
    }

    /** Decodes the encoding {@link #encode()} produces (one or two bytes). */
    public static Era decode(byte[] bytes) {
        if (bytes.length == 1 && bytes[0] == 0) {
            return IMMORTAL;
        }
        if (bytes.length != 2) {
            throw new IllegalArgumentException("an era is 1 (immortal) or 2 bytes, got " + bytes.length);
        }
        int encoded = (bytes[0] & 0xff) | (bytes[1] & 0xff) << 8;
        long period = 2L << (encoded % (1 << 4));
        long quantizeFactor = Math.max(period >> 12, 1);
        long phase = (encoded >> 4) * quantizeFactor;
        if (period < 4 || phase >= period) {
            throw new IllegalArgumentException("invalid mortal era 0x" + Integer.toHexString(encoded));
        }
        return new Era(period, phase);
    }

    private static long nextPowerOfTwo(long v) {
        return v <= 1 ? 1 : Long.highestOneBit(v - 1) << 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Era e && e.period == period && e.phase == phase;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(period * 31 + phase);
    }

    @Override
    public String toString() {
        return isImmortal() ? "Era.immortal" : "Era.mortal(period " + period + ", phase " + phase + ")";
    }
}
