package io.logicminer.subtensor.metadata;

import java.util.List;

/** One variant of an enum type: its name, encoded index, fields (possibly none) and docs. */
public record Variant(String name, List<Field> fields, int index, List<String> docs) {

    public Variant {
        fields = List.copyOf(fields);
        docs = List.copyOf(docs);
    }
}
