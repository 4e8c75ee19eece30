package io.logicminer.subtensor.codec;

/**
 * A decoded (or to-be-encoded) enum value: the variant's name, its encoded index and its fields: a
 * {@code Map<String,Object>} for named fields, the single value for one unnamed field, a {@code List} for several,
 * {@code null} for none. {@code Option<T>} is {@code None}/{@code Some(value)}, {@code Result} is
 * {@code Ok(value)}/{@code Err(value)}, like any other enum.
 *
 * <p>When encoding, the variant is found by {@code name}; an {@code index} of -1 means "look it up", any other index
 * must match the metadata's.
 */
public record EnumValue(String name, int index, Object value) {

    /** A variant to encode, by name only (the index comes from the metadata). */
    public static EnumValue of(String name, Object value) {
        return new EnumValue(name, -1, value);
    }

    /** A field-less variant to encode, by name only. */
    public static EnumValue of(String name) {
        return new EnumValue(name, -1, null);
    }

    public boolean is(String variantName) {
        return name.equals(variantName);
    }

    @Override
    public String toString() {
        return value == null ? name : name + "(" + Values.toDisplayString(value) + ")";
    }
}
