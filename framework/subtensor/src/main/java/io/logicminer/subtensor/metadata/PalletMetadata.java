package io.logicminer.subtensor.metadata;

import java.util.List;

/**
 * A pallet: name, index (the first byte of its calls, events and errors), storage (prefix and entries), the enum
 * types of its calls, events and errors (null when the pallet has none), constants and docs (empty before V15).
 */
public record PalletMetadata(String name, int index, String storagePrefix, List<StorageEntryMetadata> storage,
                             Integer callType, Integer eventType, Integer errorType, List<ConstantMetadata> constants,
                             List<String> docs) {

    public PalletMetadata {
        storage = List.copyOf(storage);
        constants = List.copyOf(constants);
        docs = List.copyOf(docs);
    }

    public StorageEntryMetadata storageEntry(String entryName) {
        for (StorageEntryMetadata e : storage) {
            if (e.name().equals(entryName)) {
                return e;
            }
        }
        return null;
    }

    public ConstantMetadata constant(String constantName) {
        for (ConstantMetadata c : constants) {
            if (c.name().equals(constantName)) {
                return c;
            }
        }
        return null;
    }
}
