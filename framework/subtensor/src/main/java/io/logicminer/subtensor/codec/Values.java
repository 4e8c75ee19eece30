package io.logicminer.subtensor.codec;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Small helpers to read and build values of the codec's value model without casts everywhere. Each accessor checks
 * the type and fails with a {@link CodecException} naming what it got.
 */
public final class Values {

    private Values() {
    }

    /** {@code Option<T>}: {@code None} → null, {@code Some(v)} → v. Anything else is an error. */
    public static Object optional(Object option) {
        EnumValue e = enumValue(option);
        return switch (e.name()) {
            case "None" -> null;
            case "Some" -> e.value();
            default -> throw new CodecException("expected an Option (None/Some), got variant " + e.name());
        };
    }

    /** {@code Some(value)}, for encoding. */
    public static EnumValue some(Object value) {
        return new EnumValue("Some", 1, value);
    }

    /** {@code None}, for encoding. */
    public static EnumValue none() {
        return new EnumValue("None", 0, null);
    }

    /** The field {@code name} of a struct value; a missing field is an error listing those present. */
    public static Object field(Object struct, String name) {
        Map<String, Object> map = map(struct);
        if (!map.containsKey(name)) {
            throw new CodecException("no field '" + name + "' in struct with fields " + map.keySet());
        }
        return map.get(name);
    }

    /** A nested field: {@code field(v, "axon_info", "ip")}. */
    public static Object field(Object struct, String name, String... more) {
        Object v = field(struct, name);
        for (String n : more) {
            v = field(v, n);
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new CodecException("expected a struct (Map), got " + ValueEncoder.describeValue(value));
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Object value) {
        if (value instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw new CodecException("expected a List, got " + ValueEncoder.describeValue(value));
    }

    public static EnumValue enumValue(Object value) {
        if (value instanceof EnumValue e) {
            return e;
        }
        throw new CodecException("expected an enum value, got " + ValueEncoder.describeValue(value));
    }

    public static BigInteger bigInt(Object value) {
        if (value instanceof BigInteger b) {
            return b;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigInteger.valueOf(((Number) value).longValue());
        }
        throw new CodecException("expected an integer, got " + ValueEncoder.describeValue(value));
    }

    /** An integer that must fit an {@code int} exactly. */
    public static int intValue(Object value) {
        try {
            return bigInt(value).intValueExact();
        } catch (ArithmeticException e) {
            throw new CodecException("integer " + value + " does not fit an int");
        }
    }

    /** An integer that must fit a {@code long} exactly. */
    public static long longValue(Object value) {
        try {
            return bigInt(value).longValueExact();
        } catch (ArithmeticException e) {
            throw new CodecException("integer " + value + " does not fit a long");
        }
    }

    public static byte[] bytes(Object value) {
        if (value instanceof byte[] b) {
            return b;
        }
        throw new CodecException("expected bytes, got " + ValueEncoder.describeValue(value));
    }

    public static boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw new CodecException("expected a bool, got " + ValueEncoder.describeValue(value));
    }

    public static String string(Object value) {
        if (value instanceof String s) {
            return s;
        }
        throw new CodecException("expected a string, got " + ValueEncoder.describeValue(value));
    }

    /** A 32-byte account id ({@code AccountId32} decodes to its bytes). */
    public static byte[] accountId(Object value) {
        byte[] b = bytes(value);
        if (b.length != 32) {
            throw new CodecException("expected a 32-byte account id, got " + b.length + " bytes");
        }
        return b;
    }

    /** A debugging rendering of a value: bytes in hex, maps and lists recursively. */
    public static String toDisplayString(Object value) {
        if (value instanceof byte[] b) {
            return "0x" + HexFormat.of().formatHex(b);
        }
        if (value instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> e.getKey() + "=" + toDisplayString(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof List<?> l) {
            return l.stream().map(Values::toDisplayString).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }
}
