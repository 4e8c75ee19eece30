package io.logicminer.subtensor.codec;

import io.logicminer.subtensor.metadata.PortableRegistry;
import io.logicminer.subtensor.metadata.Primitive;
import io.logicminer.subtensor.metadata.TypeDef;

/** Store width and bit order of a {@code BitVec} type; only u8/u16/u32/u64 stores and Lsb0/Msb0 orders exist. */
record BitOrder(int storeBytes, boolean msb0) {

    int storeBits() {
        return storeBytes * 8;
    }

    static BitOrder of(PortableRegistry types, TypeDef.BitSequence b) {
        int storeBytes;
        if (types.def(b.storeType()) instanceof TypeDef.PrimitiveType p
            && (p.primitive() == Primitive.U8 || p.primitive() == Primitive.U16 || p.primitive() == Primitive.U32
                || p.primitive() == Primitive.U64)) {
            storeBytes = p.primitive().byteWidth();
        } else {
            throw new CodecException("unsupported bit sequence store type " + types.describe(b.storeType())
                + " (supported: u8, u16, u32, u64)");
        }
        String order = types.get(b.orderType()).simpleName();
        return switch (order) {
            case "Lsb0" -> new BitOrder(storeBytes, false);
            case "Msb0" -> new BitOrder(storeBytes, true);
            default -> throw new CodecException("unsupported bit order type " + types.describe(b.orderType())
                + " (supported: bitvec::order::Lsb0, Msb0)");
        };
    }
}
