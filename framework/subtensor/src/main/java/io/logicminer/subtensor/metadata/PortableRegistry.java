package io.logicminer.subtensor.metadata;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The metadata's type registry: every type the runtime exposes, by id. Ids are dense ({@code 0..n-1}), as
 * scale-info produces them; the decoder checks that.
 */
public final class PortableRegistry {

    private final List<PortableType> types;

    public PortableRegistry(List<PortableType> types) {
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i).id() != i) {
                throw new IllegalArgumentException("type registry ids must be 0..n-1 in order; entry " + i
                    + " has id " + types.get(i).id());
            }
        }
        this.types = List.copyOf(types);
    }

    public int size() {
        return types.size();
    }

    public List<PortableType> types() {
        return types;
    }

    /** The type with this id; an unknown id is an error naming it. */
    public PortableType get(int id) {
        if (id < 0 || id >= types.size()) {
            throw new IllegalArgumentException("type id " + id + " is not in the metadata's type registry (0.."
                + (types.size() - 1) + ")");
        }
        return types.get(id);
    }

    public TypeDef def(int id) {
        return get(id).def();
    }

    /** A short human-readable name for messages, e.g. {@code #42 sp_core::crypto::AccountId32} or {@code #7 u32}. */
    public String describe(int id) {
        if (id < 0 || id >= types.size()) {
            return "#" + id + " (unknown)";
        }
        return "#" + id + " " + rustName(id, 3);
    }

    private String rustName(int id, int depth) {
        PortableType t = get(id);
        if (!t.path().isEmpty()) {
            String generics = t.params().stream()
                .filter(p -> p.type() != null)
                .map(p -> depth > 0 ? rustName(p.type(), depth - 1) : "_")
                .collect(Collectors.joining(", "));
            return t.simpleName() + (generics.isEmpty() ? "" : "<" + generics + ">");
        }
        if (depth < 0) {
            return "_";
        }
        return switch (t.def()) {
            case TypeDef.PrimitiveType p -> p.primitive().rustName();
            case TypeDef.Sequence s -> "Vec<" + rustName(s.elementType(), depth - 1) + ">";
            case TypeDef.Array a -> "[" + rustName(a.elementType(), depth - 1) + "; " + a.length() + "]";
            case TypeDef.Compact c -> "Compact<" + rustName(c.type(), depth - 1) + ">";
            case TypeDef.Tuple tu -> tu.fields().stream().map(f -> rustName(f, depth - 1))
                .collect(Collectors.joining(", ", "(", ")"));
            case TypeDef.BitSequence b -> "BitVec";
            case TypeDef.Composite c -> "struct";
            case TypeDef.VariantType v -> "enum";
        };
    }

    /**
     * Whether values of this type encode to zero bytes (unit structs, {@code ()}, empty arrays and compositions of
     * those), as the empty transaction extensions are.
     */
    public boolean isZeroSized(int id) {
        return isZeroSized(id, 0);
    }

    private boolean isZeroSized(int id, int depth) {
        if (depth > 64) {
            return false;
        }
        return switch (def(id)) {
            case TypeDef.Composite c -> c.fields().stream().allMatch(f -> isZeroSized(f.type(), depth + 1));
            case TypeDef.Tuple t -> t.fields().stream().allMatch(f -> isZeroSized(f, depth + 1));
            case TypeDef.Array a -> a.length() == 0 || isZeroSized(a.elementType(), depth + 1);
            default -> false;
        };
    }
}
