package io.logicminer.subtensor.metadata;

import java.util.List;

/** A pallet constant: its type and SCALE-encoded value. */
public record ConstantMetadata(String name, int type, byte[] value, List<String> docs) {

    public ConstantMetadata {
        value = value.clone();
        docs = List.copyOf(docs);
    }

    @Override
    public byte[] value() {
        return value.clone();
    }
}
