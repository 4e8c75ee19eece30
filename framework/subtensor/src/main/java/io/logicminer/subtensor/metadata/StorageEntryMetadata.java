package io.logicminer.subtensor.metadata;

import java.util.List;

/**
 * A storage item of a pallet. For a plain value {@code hashers} is empty and {@code keyType} null; for a map
 * there is one hasher per key and {@code keyType} is the key (one hasher) or a tuple of the keys (several).
 * {@code defaultValue} is the SCALE value returned when the key is absent ({@code optional} entries decode absence
 * as {@code None}).
 */
public record StorageEntryMetadata(String palletPrefix, String name, boolean optional, List<StorageHasher> hashers,
                                   Integer keyType, int valueType, byte[] defaultValue, List<String> docs) {

    public StorageEntryMetadata {
        hashers = List.copyOf(hashers);
        defaultValue = defaultValue.clone();
        docs = List.copyOf(docs);
    }

    @Override
    public byte[] defaultValue() {
        return defaultValue.clone();
    }

    public boolean isMap() {
        return keyType != null;
    }
}
