package io.logicminer.subtensor.metadata;

import java.util.List;

/** The shape of a type in the portable registry, one record per scale-info {@code TypeDef} variant. */
public sealed interface TypeDef {

    /** A struct: named fields, unnamed (tuple-struct) fields, or none (unit struct). */
    record Composite(List<Field> fields) implements TypeDef {
        public Composite {
            fields = List.copyOf(fields);
        }
    }

    /** An enum. */
    record VariantType(List<Variant> variants) implements TypeDef {
        public VariantType {
            variants = List.copyOf(variants);
        }

        public Variant byIndex(int index) {
            for (Variant v : variants) {
                if (v.index() == index) {
                    return v;
                }
            }
            return null;
        }

        public Variant byName(String name) {
            for (Variant v : variants) {
                if (v.name().equals(name)) {
                    return v;
                }
            }
            return null;
        }
    }

    /** {@code Vec<T>}: a compact length then the elements. */
    record Sequence(int elementType) implements TypeDef {
    }

    /** {@code [T; N]}: exactly {@code length} elements, no prefix. */
    record Array(long length, int elementType) implements TypeDef {
    }

    /** {@code (A, B, ...)}; the unit type {@code ()} has no fields. */
    record Tuple(List<Integer> fields) implements TypeDef {
        public Tuple {
            fields = List.copyOf(fields);
        }
    }

    record PrimitiveType(Primitive primitive) implements TypeDef {
    }

    /** {@code Compact<T>}: T encoded in compact form. */
    record Compact(int type) implements TypeDef {
    }

    /** {@code BitVec<Store, Order>}. */
    record BitSequence(int storeType, int orderType) implements TypeDef {
    }
}
