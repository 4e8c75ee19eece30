package io.logicminer.subtensor.codec;

import io.logicminer.subtensor.metadata.Field;
import io.logicminer.subtensor.metadata.PortableRegistry;
import io.logicminer.subtensor.metadata.Primitive;
import io.logicminer.subtensor.metadata.TypeDef;
import io.logicminer.subtensor.metadata.Variant;
import io.logicminer.subtensor.scale.ScaleDecodeException;
import io.logicminer.subtensor.scale.ScaleReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes any SCALE value by its type id in the metadata's registry into the value model:
 * <ul>
 *   <li>integers ({@code u8..u256}, {@code i8..i256}, {@code Compact<T>}) → {@link BigInteger}; bool →
 *       {@link Boolean}; str and char → {@link String}</li>
 *   <li>sequence or array of {@code u8} → {@code byte[]}; other sequences/arrays → {@code List<Object>}</li>
 *   <li>composite with named fields → {@code LinkedHashMap<String,Object>} in field order; exactly one unnamed
 *       field → that field's value; several unnamed → {@code List<Object>}; no fields → empty list</li>
 *   <li>tuple → {@code List<Object>} ({@code ()} → empty list); enum → {@link EnumValue}; bit sequence →
 *       {@link BitSequence}</li>
 * </ul>
 * Nesting is bounded by {@link #MAX_DEPTH}; length prefixes are checked against the remaining input before
 * allocating (so a sequence of zero-sized elements cannot be longer than the remaining input either).
 */
public final class ValueDecoder {

    /** Deepest type nesting decoded; runtime types nest far less, hostile metadata or input is cut off here. */
    public static final int MAX_DEPTH = 128;

    private final PortableRegistry types;
    private final ScaleReader in;

    private ValueDecoder(PortableRegistry types, ScaleReader in) {
        this.types = types;
        this.in = in;
    }

    /** Decodes one value of type {@code typeId} at the reader's position, advancing it. */
    public static Object decode(PortableRegistry types, int typeId, ScaleReader in) {
        return new ValueDecoder(types, in).value(typeId, 0);
    }

    /** Decodes {@code bytes} as exactly one value of type {@code typeId}; trailing bytes are an error. */
    public static Object decodeAll(PortableRegistry types, int typeId, byte[] bytes) {
        ScaleReader in = new ScaleReader(bytes);
        Object value = decode(types, typeId, in);
        in.expectEnd("value of type " + types.describe(typeId));
        return value;
    }

    private Object value(int typeId, int depth) {
        if (depth > MAX_DEPTH) {
            throw new ScaleDecodeException("type nesting deeper than " + MAX_DEPTH + " at type "
                + types.describe(typeId), in.position());
        }
        TypeDef def = typeDef(typeId);
        return switch (def) {
            case TypeDef.PrimitiveType p -> primitive(p.primitive());
            case TypeDef.Composite c -> fields(c.fields(), depth);
            case TypeDef.VariantType v -> variant(typeId, v, depth);
            case TypeDef.Sequence s -> {
                if (isU8(s.elementType())) {
                    yield in.byteVec();
                }
                int count = in.compactLength(1, "sequence " + types.describe(typeId));
                yield elements(s.elementType(), count, depth);
            }
            case TypeDef.Array a -> {
                if (a.length() > in.remaining() && !(a.length() <= 1024 && types.isZeroSized(a.elementType()))) {
                    throw new ScaleDecodeException("array " + types.describe(typeId) + " of " + a.length()
                        + " elements exceeds the " + in.remaining() + " byte(s) of input left", in.position());
                }
                if (isU8(a.elementType())) {
                    yield in.bytes((int) a.length());
                }
                yield elements(a.elementType(), (int) a.length(), depth);
            }
            case TypeDef.Tuple t -> {
                List<Object> out = new ArrayList<>(t.fields().size());
                for (int f : t.fields()) {
                    out.add(value(f, depth + 1));
                }
                yield out;
            }
            case TypeDef.Compact c -> compact(c.type(), depth);
            case TypeDef.BitSequence b -> bitSequence(b);
        };
    }

    private TypeDef typeDef(int typeId) {
        try {
            return types.def(typeId);
        } catch (IllegalArgumentException e) {
            throw new ScaleDecodeException(e.getMessage(), in.position(), e);
        }
    }

    private List<Object> elements(int elementType, int count, int depth) {
        List<Object> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(value(elementType, depth + 1));
        }
        return out;
    }

    private Object fields(List<Field> fields, int depth) {
        if (fields.isEmpty()) {
            return new ArrayList<>();
        }
        if (fields.get(0).name() != null) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Field f : fields) {
                out.put(f.name(), value(f.type(), depth + 1));
            }
            return out;
        }
        if (fields.size() == 1) {
            return value(fields.get(0).type(), depth + 1);
        }
        List<Object> out = new ArrayList<>(fields.size());
        for (Field f : fields) {
            out.add(value(f.type(), depth + 1));
        }
        return out;
    }

    private EnumValue variant(int typeId, TypeDef.VariantType def, int depth) {
        int at = in.position();
        int index = in.u8();
        Variant v = def.byIndex(index);
        if (v == null) {
            throw new ScaleDecodeException("no variant with index " + index + " in enum " + types.describe(typeId)
                + " (variants: " + def.variants().stream().map(x -> x.index() + "=" + x.name()).toList() + ")", at);
        }
        Object value = v.fields().isEmpty() ? null : fields(v.fields(), depth);
        return new EnumValue(v.name(), v.index(), value);
    }

    private Object primitive(Primitive p) {
        return switch (p) {
            case BOOL -> in.bool();
            case STR -> in.str();
            case CHAR -> {
                int at = in.position();
                long cp = in.u32();
                if (cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    throw new ScaleDecodeException("invalid char code point " + cp, at);
                }
                yield Character.toString((int) cp);
            }
            default -> p.isSigned() ? in.signed(p.byteWidth()) : in.unsigned(p.byteWidth());
        };
    }

    /** {@code Compact<T>}: T is an unsigned integer or a struct around exactly one (e.g. {@code Perbill}). */
    private Object compact(int innerType, int depth) {
        int at = in.position();
        BigInteger v = in.compact();
        return wrapCompact(innerType, v, at, depth);
    }

    private Object wrapCompact(int typeId, BigInteger v, int at, int depth) {
        if (depth > MAX_DEPTH) {
            throw new ScaleDecodeException("type nesting deeper than " + MAX_DEPTH, at);
        }
        TypeDef def = typeDef(typeId);
        if (def instanceof TypeDef.PrimitiveType p && p.primitive().isInteger() && !p.primitive().isSigned()) {
            if (v.bitLength() > p.primitive().byteWidth() * 8) {
                throw new ScaleDecodeException("compact value " + v + " overflows " + p.primitive().rustName(), at);
            }
            return v;
        }
        if (def instanceof TypeDef.Composite c && c.fields().size() == 1) {
            Field f = c.fields().get(0);
            Object inner = wrapCompact(f.type(), v, at, depth + 1);
            if (f.name() == null) {
                return inner;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put(f.name(), inner);
            return out;
        }
        throw new ScaleDecodeException("Compact<" + types.describe(typeId) + "> is not a compact integer type", at);
    }

    private BitSequence bitSequence(TypeDef.BitSequence b) {
        int at = in.position();
        BitOrder layout;
        try {
            layout = BitOrder.of(types, b);
        } catch (CodecException e) {
            throw new ScaleDecodeException(e.getMessage(), at, e);
        }
        long bitLength = in.compactLong();
        long words = (bitLength + layout.storeBits() - 1) / layout.storeBits();
        if (bitLength > Integer.MAX_VALUE || words * layout.storeBytes() > in.remaining()) {
            throw new ScaleDecodeException("bit sequence of " + bitLength + " bits exceeds the " + in.remaining()
                + " byte(s) of input left", at);
        }
        BitSet bits = new BitSet((int) bitLength);
        for (long w = 0; w < words; w++) {
            long word = in.unsigned(layout.storeBytes()).longValue();
            for (int i = 0; i < layout.storeBits(); i++) {
                long element = w * layout.storeBits() + i;
                if (element >= bitLength) {
                    break;
                }
                int bit = layout.msb0() ? layout.storeBits() - 1 - i : i;
                if ((word >>> bit & 1) != 0) {
                    bits.set((int) element);
                }
            }
        }
        return new BitSequence(bits, (int) bitLength);
    }

    private boolean isU8(int typeId) {
        return typeDef(typeId) instanceof TypeDef.PrimitiveType p && p.primitive() == Primitive.U8;
    }
}
