package io.logicminer.subtensor.metadata;

import io.logicminer.subtensor.scale.ScaleDecodeException;
import io.logicminer.subtensor.scale.ScaleReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Decodes {@code RuntimeMetadataPrefixed}: the magic {@code "meta"}, a version byte, then frame-metadata's V14, V15
 * or V16 layout (layouts as in paritytech/frame-metadata {@code v14.rs}, {@code v15.rs}, {@code v16.rs}).
 * Deprecation info, associated types, view functions and custom values are read past and dropped.
 */
final class MetadataDecoder {

    private static final int MAGIC = 0x6174656d; // "meta" little-endian

    private MetadataDecoder() {
    }

    static RuntimeMetadata decode(ScaleReader in) {
        if (in.remaining() < 5) {
            throw new ScaleDecodeException("not runtime metadata: " + in.remaining() + " bytes", in.position());
        }
        long magic = in.u32();
        if (magic != MAGIC) {
            throw new ScaleDecodeException("not runtime metadata: magic 0x" + Long.toHexString(magic)
                + " instead of \"meta\"", 0);
        }
        int version = in.u8();
        RuntimeMetadata md = switch (version) {
            case 14, 15, 16 -> new MetadataDecoder.Versioned(in, version).read();
            default -> throw new ScaleDecodeException("unsupported metadata version " + version
                + " (supported: 14, 15, 16)", 4);
        };
        in.expectEnd("metadata V" + version);
        return md;
    }

    /** One decoding pass; {@code v} selects the layout. */
    private static final class Versioned {
        private final ScaleReader in;
        private final int v;

        Versioned(ScaleReader in, int v) {
            this.in = in;
            this.v = v;
        }

        RuntimeMetadata read() {
            int typesAt = in.position();
            PortableRegistry types;
            try {
                types = new PortableRegistry(vec(this::portableType));
            } catch (IllegalArgumentException e) {
                throw new ScaleDecodeException(e.getMessage(), typesAt, e);
            }
            List<PalletMetadata> pallets = vec(this::pallet);
            ExtrinsicMetadata extrinsic;
            Integer runtimeType = null;
            List<RuntimeApiMetadata> apis = List.of();
            OuterEnums outer = null;
            if (v == 14) {
                extrinsic = extrinsicV14(types);
                runtimeType = typeId();
            } else if (v == 15) {
                extrinsic = extrinsicV15();
                runtimeType = typeId();
                apis = vec(this::runtimeApi);
                outer = new OuterEnums(typeId(), typeId(), typeId());
                skipCustom();
            } else {
                extrinsic = extrinsicV16();
                apis = vec(this::runtimeApi);
                outer = new OuterEnums(typeId(), typeId(), typeId());
                skipCustom();
            }
            return new RuntimeMetadata(v, types, pallets, extrinsic, apis, outer, runtimeType);
        }

        // ---- type registry (scale-info PortableRegistry) ----

        private PortableType portableType() {
            int id = compactInt();
            List<String> path = strings();
            List<TypeParameter> params = vec(() -> new TypeParameter(in.str(), option(this::typeId)));
            TypeDef def = typeDef();
            return new PortableType(id, path, params, def, strings());
        }

        private TypeDef typeDef() {
            int at = in.position();
            int tag = in.u8();
            return switch (tag) {
                case 0 -> new TypeDef.Composite(vec(this::field));
                case 1 -> new TypeDef.VariantType(vec(this::variant));
                case 2 -> new TypeDef.Sequence(typeId());
                case 3 -> {
                    long len = in.u32();
                    yield new TypeDef.Array(len, typeId());
                }
                case 4 -> new TypeDef.Tuple(vec(this::typeId));
                case 5 -> {
                    int p = in.u8();
                    if (p >= Primitive.values().length) {
                        throw new ScaleDecodeException("unknown primitive type " + p, at + 1);
                    }
                    yield new TypeDef.PrimitiveType(Primitive.values()[p]);
                }
                case 6 -> new TypeDef.Compact(typeId());
                case 7 -> new TypeDef.BitSequence(typeId(), typeId());
                default -> throw new ScaleDecodeException("unknown TypeDef variant " + tag, at);
            };
        }

        private Field field() {
            return new Field(option(in::str), typeId(), option(in::str), strings());
        }

        private Variant variant() {
            String name = in.str();
            List<Field> fields = vec(this::field);
            int index = in.u8();
            return new Variant(name, fields, index, strings());
        }

        // ---- pallets ----

        private PalletMetadata pallet() {
            String name = in.str();
            String[] prefix = {null};
            List<StorageEntryMetadata> storage = List.of();
            if (presence()) {
                prefix[0] = in.str();
                storage = vec(() -> storageEntry(prefix[0]));
            }
            Integer calls = option(this::enumTypeRef);
            Integer events = option(this::enumTypeRef);
            List<ConstantMetadata> constants = vec(this::constant);
            Integer errors = option(this::enumTypeRef);
            if (v >= 16) {
                vec(() -> { // associated types
                    in.str();
                    typeId();
                    strings();
                    return null;
                });
                vec(() -> { // view functions
                    in.bytes(32);
                    in.str();
                    vec(this::param);
                    typeId();
                    strings();
                    itemDeprecation();
                    return null;
                });
            }
            int index = in.u8();
            List<String> docs = v >= 15 ? strings() : List.of();
            if (v >= 16) {
                itemDeprecation();
            }
            return new PalletMetadata(name, index, prefix[0], storage, calls, events, errors, constants, docs);
        }

        private int enumTypeRef() {
            int type = typeId();
            if (v >= 16) {
                enumDeprecation();
            }
            return type;
        }

        private StorageEntryMetadata storageEntry(String prefix) {
            String name = in.str();
            int at = in.position();
            int modifier = in.u8();
            if (modifier > 1) {
                throw new ScaleDecodeException("unknown storage modifier " + modifier + " of " + prefix + "."
                    + name, at);
            }
            at = in.position();
            int kind = in.u8();
            List<StorageHasher> hashers = List.of();
            Integer key = null;
            int value;
            if (kind == 0) {
                value = typeId();
            } else if (kind == 1) {
                hashers = vec(this::hasher);
                key = typeId();
                value = typeId();
            } else {
                throw new ScaleDecodeException("unknown storage entry type " + kind + " of " + prefix + "." + name,
                    at);
            }
            byte[] defaultValue = in.byteVec();
            List<String> docs = strings();
            if (v >= 16) {
                itemDeprecation();
            }
            return new StorageEntryMetadata(prefix, name, modifier == 0, hashers, key, value, defaultValue, docs);
        }

        private StorageHasher hasher() {
            int at = in.position();
            int h = in.u8();
            if (h >= StorageHasher.values().length) {
                throw new ScaleDecodeException("unknown storage hasher " + h, at);
            }
            return StorageHasher.values()[h];
        }

        private ConstantMetadata constant() {
            String name = in.str();
            int type = typeId();
            byte[] value = in.byteVec();
            List<String> docs = strings();
            if (v >= 16) {
                itemDeprecation();
            }
            return new ConstantMetadata(name, type, value, docs);
        }

        // ---- extrinsic ----

        private ExtrinsicMetadata extrinsicV14(PortableRegistry types) {
            int extrinsicType = typeId();
            int version = in.u8();
            List<TransactionExtensionMetadata> ext = vec(this::extension);
            // UncheckedExtrinsic<Address, Call, Signature, Extra>: V14 names the parts only as type parameters.
            Map<String, Integer> params = new LinkedHashMap<>();
            if (extrinsicType >= types.size()) {
                throw new ScaleDecodeException("extrinsic type id " + extrinsicType + " is not in the registry",
                    in.position());
            }
            for (TypeParameter p : types.get(extrinsicType).params()) {
                params.put(p.name(), p.type());
            }
            return new ExtrinsicMetadata(List.of(version), params.get("Address"), params.get("Call"),
                params.get("Signature"), ext, Map.of(0, range(ext.size())));
        }

        private ExtrinsicMetadata extrinsicV15() {
            int version = in.u8();
            int address = typeId();
            int call = typeId();
            int signature = typeId();
            typeId(); // extra: the tuple of all extensions, redundant with the list
            List<TransactionExtensionMetadata> ext = vec(this::extension);
            return new ExtrinsicMetadata(List.of(version), address, call, signature, ext,
                Map.of(0, range(ext.size())));
        }

        private ExtrinsicMetadata extrinsicV16() {
            List<Integer> versions = new ArrayList<>();
            for (byte b : in.byteVec()) {
                versions.add(b & 0xff);
            }
            int address = typeId();
            int call = typeId();
            int signature = typeId();
            Map<Integer, List<Integer>> byVersion = new LinkedHashMap<>();
            int count = in.compactLength(1, "transaction extension versions");
            for (int i = 0; i < count; i++) {
                int extVersion = in.u8();
                byVersion.put(extVersion, vec(this::compactInt));
            }
            List<TransactionExtensionMetadata> ext = vec(this::extension);
            for (Map.Entry<Integer, List<Integer>> e : byVersion.entrySet()) {
                for (int index : e.getValue()) {
                    if (index >= ext.size()) {
                        throw new ScaleDecodeException("transaction extension version " + e.getKey()
                            + " refers to extension " + index + " of " + ext.size(), in.position());
                    }
                }
            }
            return new ExtrinsicMetadata(versions, address, call, signature, ext, byVersion);
        }

        private TransactionExtensionMetadata extension() {
            return new TransactionExtensionMetadata(in.str(), typeId(), typeId());
        }

        // ---- runtime APIs ----

        private RuntimeApiMetadata runtimeApi() {
            String name = in.str();
            List<RuntimeApiMethodMetadata> methods = vec(this::runtimeApiMethod);
            List<String> docs = strings();
            long version = 0;
            if (v >= 16) {
                version = in.compactLong();
                itemDeprecation();
            }
            return new RuntimeApiMetadata(name, methods, docs, version);
        }

        private RuntimeApiMethodMetadata runtimeApiMethod() {
            String name = in.str();
            List<RuntimeApiParam> inputs = vec(this::param);
            int output = typeId();
            List<String> docs = strings();
            if (v >= 16) {
                itemDeprecation();
            }
            return new RuntimeApiMethodMetadata(name, inputs, output, docs);
        }

        private RuntimeApiParam param() {
            return new RuntimeApiParam(in.str(), typeId());
        }

        private void skipCustom() {
            vec(() -> {
                in.str();
                typeId();
                in.byteVec();
                return null;
            });
        }

        // ---- V16 deprecation info, read past ----

        private void itemDeprecation() {
            int at = in.position();
            int tag = in.u8();
            switch (tag) {
                case 0, 1 -> { }
                case 2 -> {
                    in.str();
                    option(in::str);
                }
                default -> throw new ScaleDecodeException("unknown ItemDeprecationInfo variant " + tag, at);
            }
        }

        private void enumDeprecation() {
            vec(() -> {
                in.u8();
                int at = in.position();
                int tag = in.u8();
                switch (tag) {
                    case 1 -> { }
                    case 2 -> {
                        in.str();
                        option(in::str);
                    }
                    default -> throw new ScaleDecodeException("unknown VariantDeprecationInfo variant " + tag, at);
                }
                return null;
            });
        }

        // ---- primitives ----

        private int typeId() {
            return compactInt();
        }

        private int compactInt() {
            int at = in.position();
            long value = in.compactLong();
            if (value > Integer.MAX_VALUE) {
                throw new ScaleDecodeException("index " + value + " out of range", at);
            }
            return (int) value;
        }

        private List<String> strings() {
            return vec(in::str);
        }

        private boolean presence() {
            int at = in.position();
            int tag = in.u8();
            if (tag > 1) {
                throw new ScaleDecodeException("invalid Option tag " + tag, at);
            }
            return tag == 1;
        }

        private <T> T option(Supplier<T> item) {
            return presence() ? item.get() : null;
        }

        private <T> List<T> vec(Supplier<T> item) {
            int count = in.compactLength(1, "metadata list");
            List<T> out = new ArrayList<>(Math.min(count, 1024));
            for (int i = 0; i < count; i++) {
                out.add(item.get());
            }
            return out;
        }

        private static List<Integer> range(int n) {
            List<Integer> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(i);
            }
            return out;
        }
    }
}
