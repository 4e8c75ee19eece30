package io.logicminer.subtensor.storage;

import io.logicminer.subtensor.codec.CodecException;
import io.logicminer.subtensor.codec.ValueDecoder;
import io.logicminer.subtensor.codec.ValueEncoder;
import io.logicminer.subtensor.metadata.PortableRegistry;
import io.logicminer.subtensor.metadata.RuntimeMetadata;
import io.logicminer.subtensor.metadata.StorageEntryMetadata;
import io.logicminer.subtensor.metadata.StorageHasher;
import io.logicminer.subtensor.metadata.TypeDef;
import io.logicminer.subtensor.scale.ScaleDecodeException;
import io.logicminer.subtensor.scale.ScaleReader;
import io.logicminer.subtensor.scale.ScaleWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Storage keys as Substrate builds them: {@code twox128(pallet prefix) ++ twox128(entry name)} followed, for maps,
 * by each key SCALE-encoded by its metadata type and hashed with its entry's hasher. Values are decoded by the
 * entry's value type, an absent value by the entry's default.
 */
public final class StorageKeys {

    private StorageKeys() {
    }

    /** The full key of {@code pallet.entry(keys...)}, e.g. {@code key(md, "SubtensorModule", "Axons", 35, hotkey)}. */
    public static byte[] key(RuntimeMetadata md, String pallet, String entry, Object... keys) {
        return key(md.types(), md.storageEntry(pallet, entry), Arrays.asList(keys));
    }

    /**
     * The key of {@code entry} with the given keys; fewer keys than the entry has give the prefix of all entries
     * starting with them (for {@code state_getKeysPaged}).
     */
    public static byte[] key(PortableRegistry types, StorageEntryMetadata entry, List<?> keys) {
        List<Integer> keyTypes = keyTypes(types, entry);
        if (keys.size() > keyTypes.size()) {
            throw new CodecException("storage " + entry.palletPrefix() + "." + entry.name() + " takes "
                + keyTypes.size() + " key(s), got " + keys.size());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(prefix(entry));
        for (int i = 0; i < keys.size(); i++) {
            byte[] encoded = encodeKey(types, keyTypes.get(i), keys.get(i),
                entry.palletPrefix() + "." + entry.name() + ".key[" + i + "]");
            out.writeBytes(StorageHashing.hash(entry.hashers().get(i), encoded));
        }
        return out.toByteArray();
    }

    /** {@code twox128(pallet prefix) ++ twox128(entry name)}. */
    public static byte[] prefix(StorageEntryMetadata entry) {
        return StorageHashing.concat(StorageHashing.twox128(entry.palletPrefix().getBytes(StandardCharsets.UTF_8)),
            StorageHashing.twox128(entry.name().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Reads the keys back from a full storage key of {@code entry} (as {@code state_getKeysPaged} returns them);
     * only possible where every hasher is a concat hasher or identity.
     */
    public static List<Object> decodeKeys(PortableRegistry types, StorageEntryMetadata entry, byte[] fullKey) {
        byte[] prefix = prefix(entry);
        if (fullKey.length < prefix.length || !Arrays.equals(prefix, 0, prefix.length, fullKey, 0, prefix.length)) {
            throw new ScaleDecodeException("storage key does not start with the prefix of " + entry.palletPrefix()
                + "." + entry.name(), 0);
        }
        List<Integer> keyTypes = keyTypes(types, entry);
        ScaleReader in = new ScaleReader(fullKey, prefix.length);
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < keyTypes.size(); i++) {
            StorageHasher hasher = entry.hashers().get(i);
            if (!hasher.isConcat()) {
                throw new CodecException("storage " + entry.palletPrefix() + "." + entry.name() + " key " + i
                    + " is hashed with " + hasher + ", which cannot be reversed");
            }
            in.bytes(hasher.hashLength());
            keys.add(ValueDecoder.decode(types, keyTypes.get(i), in));
        }
        in.expectEnd("storage key of " + entry.palletPrefix() + "." + entry.name());
        return keys;
    }

    /**
     * Decodes a storage value read from the chain; {@code null} (absent) gives the entry's default, which for an
     * optional entry is {@code null}.
     */
    public static Object decodeValue(PortableRegistry types, StorageEntryMetadata entry, byte[] value) {
        if (value == null) {
            if (entry.optional()) {
                return null;
            }
            return ValueDecoder.decodeAll(types, entry.valueType(), entry.defaultValue());
        }
        return ValueDecoder.decodeAll(types, entry.valueType(), value);
    }

    private static List<Integer> keyTypes(PortableRegistry types, StorageEntryMetadata entry) {
        if (!entry.isMap()) {
            return List.of();
        }
        if (entry.hashers().size() == 1) {
            return List.of(entry.keyType());
        }
        if (types.def(entry.keyType()) instanceof TypeDef.Tuple t && t.fields().size() == entry.hashers().size()) {
            return t.fields();
        }
        throw new CodecException("storage " + entry.palletPrefix() + "." + entry.name() + " has "
            + entry.hashers().size() + " hashers but key type " + types.describe(entry.keyType()));
    }

    private static byte[] encodeKey(PortableRegistry types, int type, Object key, String path) {
        ScaleWriter w = new ScaleWriter();
        ValueEncoder.encode(types, type, key, w, path);
        return w.toByteArray();
    }
}
