package io.logicminer.subtensor.metadata;

import java.util.List;

/**
 * A field of a composite or variant: {@code name} is null for tuple-like (unnamed) fields; {@code typeName} is the
 * Rust type as written in the source, when the metadata keeps it.
 */
public record Field(String name, int type, String typeName, List<String> docs) {

    public Field {
        docs = List.copyOf(docs);
    }
}
