package io.logicminer.subtensor.metadata;

import java.util.List;

/**
 * A type of the portable registry: its id, Rust path ({@code ["sp_core", "crypto", "AccountId32"]}), generic
 * parameters, definition and docs.
 */
public record PortableType(int id, List<String> path, List<TypeParameter> params, TypeDef def, List<String> docs) {

    public PortableType {
        path = List.copyOf(path);
        params = List.copyOf(params);
        docs = List.copyOf(docs);
    }

    /** The path joined with {@code ::}, or empty for anonymous types (tuples, sequences, primitives). */
    public String pathString() {
        return String.join("::", path);
    }

    /** The last path segment ({@code AccountId32}), or empty. */
    public String simpleName() {
        return path.isEmpty() ? "" : path.get(path.size() - 1);
    }
}
