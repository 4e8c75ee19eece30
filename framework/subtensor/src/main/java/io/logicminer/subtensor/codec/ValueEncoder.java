package io.logicminer.subtensor.codec;

import io.logicminer.subtensor.metadata.Field;
import io.logicminer.subtensor.metadata.PortableRegistry;
import io.logicminer.subtensor.metadata.Primitive;
import io.logicminer.subtensor.metadata.TypeDef;
import io.logicminer.subtensor.metadata.Variant;
import io.logicminer.subtensor.scale.ScaleWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Encodes a value of the model {@link ValueDecoder} produces by its type id. Inputs are accepted a little more
 * loosely than decoding produces them: integers may be any integral {@link Number} ({@code Integer}, {@code Long},
 * {@code BigInteger}...), {@code byte[]} or a {@code List} of numbers for {@code u8} sequences and arrays, any
 * {@link Collection} or array for lists, and a {@link String} for a field-less enum variant. Everything else must
 * match: a wrong Java type, a missing or unknown field, an unknown variant or an out-of-range number is a
 * {@link CodecException} naming the path to the value and its type.
 */
public final class ValueEncoder {

    private final PortableRegistry types;
    private final ScaleWriter out;

    private ValueEncoder(PortableRegistry types, ScaleWriter out) {
        this.types = types;
        this.out = out;
    }

    /** Encodes {@code value} as type {@code typeId} into {@code out}. */
    public static void encode(PortableRegistry types, int typeId, Object value, ScaleWriter out) {
        new ValueEncoder(types, out).value(typeId, value, "value", 0);
    }

    /**
     * As {@link #encode(PortableRegistry, int, Object, ScaleWriter)}, with {@code path} naming the value in error
     * messages (e.g. {@code "serve_axon.ip"}).
     */
    public static void encode(PortableRegistry types, int typeId, Object value, ScaleWriter out, String path) {
        new ValueEncoder(types, out).value(typeId, value, path, 0);
    }

    /** Encodes {@code value} as type {@code typeId} into a fresh byte array. */
    public static byte[] encode(PortableRegistry types, int typeId, Object value) {
        ScaleWriter out = new ScaleWriter();
        encode(types, typeId, value, out);
        return out.toByteArray();
    }

    private void value(int typeId, Object value, String path, int depth) {
        if (depth > ValueDecoder.MAX_DEPTH) {
            throw new CodecException(path + ": nesting deeper than " + ValueDecoder.MAX_DEPTH);
        }
        TypeDef def = types.def(typeId);
        switch (def) {
            case TypeDef.PrimitiveType p -> primitive(p.primitive(), value, path, typeId);
            case TypeDef.Composite c -> fields(c.fields(), value, path, typeId, depth);
            case TypeDef.VariantType v -> variant(v, value, path, typeId, depth);
            case TypeDef.Sequence s -> {
                if (isU8(s.elementType())) {
                    out.byteVec(bytes(value, -1, path, typeId));
                } else {
                    List<?> items = list(value, path, typeId);
                    out.compact(items.size());
                    elements(s.elementType(), items, path, depth);
                }
            }
            case TypeDef.Array a -> {
                if (isU8(a.elementType())) {
                    out.bytes(bytes(value, a.length(), path, typeId));
                } else {
                    List<?> items = list(value, path, typeId);
                    if (items.size() != a.length()) {
                        throw new CodecException(path + ": " + types.describe(typeId) + " needs exactly " + a.length()
                            + " elements, got " + items.size());
                    }
                    elements(a.elementType(), items, path, depth);
                }
            }
            case TypeDef.Tuple t -> {
                List<?> items = t.fields().isEmpty() && value == null ? List.of() : list(value, path, typeId);
                if (items.size() != t.fields().size()) {
                    throw new CodecException(path + ": tuple " + types.describe(typeId) + " has "
                        + t.fields().size() + " elements, got " + items.size());
                }
                for (int i = 0; i < items.size(); i++) {
                    value(t.fields().get(i), items.get(i), path + "[" + i + "]", depth + 1);
                }
            }
            case TypeDef.Compact c -> out.compact(compactInteger(c.type(), value, path, depth));
            case TypeDef.BitSequence b -> bitSequence(b, value, path, typeId);
        }
    }

    private void elements(int elementType, List<?> items, String path, int depth) {
        for (int i = 0; i < items.size(); i++) {
            value(elementType, items.get(i), path + "[" + i + "]", depth + 1);
        }
    }

    private void fields(List<Field> fields, Object value, String path, int typeId, int depth) {
        if (fields.isEmpty()) {
            if (value != null && !(value instanceof Collection<?> c && c.isEmpty())
                && !(value instanceof Map<?, ?> m && m.isEmpty())) {
                throw new CodecException(path + ": " + types.describe(typeId) + " has no fields, got "
                    + describeValue(value));
            }
            return;
        }
        if (fields.get(0).name() != null) {
            if (!(value instanceof Map<?, ?> map)) {
                throw new CodecException(path + ": " + types.describe(typeId) + " needs a Map with fields "
                    + fields.stream().map(Field::name).toList() + ", got " + describeValue(value));
            }
            for (Field f : fields) {
                if (!map.containsKey(f.name())) {
                    throw new CodecException(path + ": missing field '" + f.name() + "' of " + types.describe(typeId)
                        + " (fields: " + fields.stream().map(Field::name).toList() + ")");
                }
            }
            if (map.size() != fields.size()) {
                List<Object> unknown = new ArrayList<>(map.keySet());
                unknown.removeAll(fields.stream().map(Field::name).toList());
                throw new CodecException(path + ": unknown field(s) " + unknown + " for " + types.describe(typeId)
                    + " (fields: " + fields.stream().map(Field::name).toList() + ")");
            }
            for (Field f : fields) {
                value(f.type(), map.get(f.name()), path + "." + f.name(), depth + 1);
            }
            return;
        }
        if (fields.size() == 1) {
            value(fields.get(0).type(), value, path, depth + 1);
            return;
        }
        List<?> items = list(value, path, -1);
        if (items.size() != fields.size()) {
            throw new CodecException(path + ": " + types.describe(typeId) + " has " + fields.size()
                + " unnamed fields, got " + items.size() + " values");
        }
        for (int i = 0; i < items.size(); i++) {
            value(fields.get(i).type(), items.get(i), path + "[" + i + "]", depth + 1);
        }
    }

    private void variant(TypeDef.VariantType def, Object value, String path, int typeId, int depth) {
        String name;
        int index = -1;
        Object inner = null;
        if (value instanceof EnumValue e) {
            name = e.name();
            index = e.index();
            inner = e.value();
        } else if (value instanceof String s) {
            name = s;
        } else {
            throw new CodecException(path + ": enum " + types.describe(typeId) + " needs an EnumValue (variants "
                + variantNames(def) + "), got " + describeValue(value));
        }
        Variant v = def.byName(name);
        if (v == null) {
            throw new CodecException(path + ": enum " + types.describe(typeId) + " has no variant '" + name
                + "'; variants: " + variantNames(def));
        }
        if (index >= 0 && index != v.index()) {
            throw new CodecException(path + ": variant " + name + " of " + types.describe(typeId) + " has index "
                + v.index() + ", the value says " + index);
        }
        out.u8(v.index());
        if (v.fields().isEmpty()) {
            if (inner != null) {
                throw new CodecException(path + ": variant " + name + " has no fields, got " + describeValue(inner));
            }
            return;
        }
        fields(v.fields(), inner, path + "." + name, typeId, depth);
    }

    private void primitive(Primitive p, Object value, String path, int typeId) {
        switch (p) {
            case BOOL -> {
                if (!(value instanceof Boolean b)) {
                    throw new CodecException(path + ": bool needs a Boolean, got " + describeValue(value));
                }
                out.bool(b);
            }
            case STR -> {
                if (!(value instanceof String s)) {
                    throw new CodecException(path + ": str needs a String, got " + describeValue(value));
                }
                out.str(s);
            }
            case CHAR -> {
                if (!(value instanceof String s) || s.codePointCount(0, s.length()) != 1) {
                    throw new CodecException(path + ": char needs a String of one code point, got "
                        + describeValue(value));
                }
                out.u32(s.codePointAt(0));
            }
            default -> {
                BigInteger v = integer(value, path, typeId);
                try {
                    if (p.isSigned()) {
                        out.signed(v, p.byteWidth());
                    } else {
                        out.unsigned(v, p.byteWidth());
                    }
                } catch (IllegalArgumentException e) {
                    throw new CodecException(path + ": " + e.getMessage());
                }
            }
        }
    }

    private BigInteger compactInteger(int innerType, Object value, String path, int depth) {
        if (depth > ValueDecoder.MAX_DEPTH) {
            throw new CodecException(path + ": nesting deeper than " + ValueDecoder.MAX_DEPTH);
        }
        TypeDef def = types.def(innerType);
        if (def instanceof TypeDef.PrimitiveType p && p.primitive().isInteger() && !p.primitive().isSigned()) {
            BigInteger v = integer(value, path, innerType);
            if (v.signum() < 0 || v.bitLength() > p.primitive().byteWidth() * 8) {
                throw new CodecException(path + ": " + v + " is out of range for Compact<" + p.primitive().rustName()
                    + ">");
            }
            return v;
        }
        if (def instanceof TypeDef.Composite c && c.fields().size() == 1) {
            Field f = c.fields().get(0);
            Object inner = value;
            if (f.name() != null) {
                if (!(value instanceof Map<?, ?> m) || !m.containsKey(f.name()) || m.size() != 1) {
                    throw new CodecException(path + ": Compact<" + types.describe(innerType) + "> needs a Map with '"
                        + f.name() + "', got " + describeValue(value));
                }
                inner = m.get(f.name());
            }
            return compactInteger(f.type(), inner, path, depth + 1);
        }
        throw new CodecException(path + ": Compact<" + types.describe(innerType) + "> is not a compact integer type");
    }

    private void bitSequence(TypeDef.BitSequence b, Object value, String path, int typeId) {
        if (!(value instanceof BitSequence seq)) {
            throw new CodecException(path + ": " + types.describe(typeId) + " needs a BitSequence, got "
                + describeValue(value));
        }
        BitOrder layout = BitOrder.of(types, b);
        out.compact(seq.length());
        BitSet bits = seq.bits();
        int words = (seq.length() + layout.storeBits() - 1) / layout.storeBits();
        for (int w = 0; w < words; w++) {
            long word = 0;
            for (int i = 0; i < layout.storeBits(); i++) {
                int element = w * layout.storeBits() + i;
                if (element < seq.length() && bits.get(element)) {
                    word |= 1L << (layout.msb0() ? layout.storeBits() - 1 - i : i);
                }
            }
            out.unsigned(new BigInteger(Long.toUnsignedString(word)), layout.storeBytes());
        }
    }

    private BigInteger integer(Object value, String path, int typeId) {
        if (value instanceof BigInteger b) {
            return b;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigInteger.valueOf(((Number) value).longValue());
        }
        throw new CodecException(path + ": " + types.describe(typeId) + " needs an integer (BigInteger, Long, "
            + "Integer), got " + describeValue(value));
    }

    private byte[] bytes(Object value, long expectedLength, String path, int typeId) {
        byte[] bytes;
        if (value instanceof byte[] b) {
            bytes = b;
        } else if (value instanceof List<?> items) {
            bytes = new byte[items.size()];
            for (int i = 0; i < bytes.length; i++) {
                BigInteger v = integer(items.get(i), path + "[" + i + "]", typeId);
                if (v.signum() < 0 || v.bitLength() > 8) {
                    throw new CodecException(path + "[" + i + "]: " + v + " is out of range for u8");
                }
                bytes[i] = v.byteValue();
            }
        } else {
            throw new CodecException(path + ": " + types.describe(typeId) + " needs a byte[], got "
                + describeValue(value));
        }
        if (expectedLength >= 0 && bytes.length != expectedLength) {
            throw new CodecException(path + ": " + types.describe(typeId) + " needs exactly " + expectedLength
                + " bytes, got " + bytes.length);
        }
        return bytes;
    }

    private List<?> list(Object value, String path, int typeId) {
        if (value instanceof List<?> l) {
            return l;
        }
        if (value instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (value instanceof Object[] a) {
            return Arrays.asList(a);
        }
        throw new CodecException(path + ": " + (typeId >= 0 ? types.describe(typeId) : "value")
            + " needs a List, got " + describeValue(value));
    }

    private boolean isU8(int typeId) {
        return types.def(typeId) instanceof TypeDef.PrimitiveType p && p.primitive() == Primitive.U8;
    }

    private static List<String> variantNames(TypeDef.VariantType def) {
        return def.variants().stream().map(Variant::name).toList();
    }

    static String describeValue(Object value) {
        if (value == null) {
            return "null";
        }
        String text = Values.toDisplayString(value);
        if (text.length() > 80) {
            text = text.substring(0, 77) + "...";
        }
        return value.getClass().getSimpleName() + " " + text;
    }
}
