package io.logicminer.subtensor.codec;

import java.util.BitSet;

/**
 * A decoded {@code BitVec<Store, Order>}: {@code bits.get(i)} is element {@code i}, {@code length} the number of
 * elements. Supported stores are {@code u8}, {@code u16}, {@code u32} and {@code u64}, orders
 * {@code bitvec::order::Lsb0} and {@code bitvec::order::Msb0}.
 */
public record BitSequence(BitSet bits, int length) {

    public BitSequence {
        if (length < 0) {
            throw new IllegalArgumentException("bit sequence length must be >= 0, got " + length);
        }
        if (bits.length() > length) {
            throw new IllegalArgumentException("bit " + (bits.length() - 1) + " is set beyond length " + length);
        }
        bits = (BitSet) bits.clone();
    }

    @Override
    public BitSet bits() {
        return (BitSet) bits.clone();
    }
}
