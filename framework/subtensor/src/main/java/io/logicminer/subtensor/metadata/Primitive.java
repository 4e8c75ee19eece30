package io.logicminer.subtensor.metadata;

/** scale-info's primitive types, in their encoded order. */
public enum Primitive {
    BOOL, CHAR, STR, U8, U16, U32, U64, U128, U256, I8, I16, I32, I64, I128, I256;

    /** Byte width of a fixed-size integer; 0 for bool/char/str. */
    public int byteWidth() {
        return switch (this) {
            case U8, I8 -> 1;
            case U16, I16 -> 2;
            case U32, I32 -> 4;
            case U64, I64 -> 8;
            case U128, I128 -> 16;
            case U256, I256 -> 32;
            default -> 0;
        };
    }

    public boolean isSigned() {
        return switch (this) {
            case I8, I16, I32, I64, I128, I256 -> true;
            default -> false;
        };
    }

    public boolean isInteger() {
        return byteWidth() > 0;
    }

    public String rustName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
