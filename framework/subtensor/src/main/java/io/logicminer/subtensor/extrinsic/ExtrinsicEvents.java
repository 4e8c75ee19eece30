package io.logicminer.subtensor.extrinsic;

import io.logicminer.subtensor.codec.EnumValue;
import io.logicminer.subtensor.codec.Values;
import io.logicminer.subtensor.metadata.RuntimeMetadata;
import io.logicminer.subtensor.metadata.StorageEntryMetadata;
import io.logicminer.subtensor.storage.StorageKeys;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code System.Events} (a {@code Vec<EventRecord>} decoded by its metadata type) and finds what one
 * extrinsic of the block did: events whose phase is {@code ApplyExtrinsic(index)}, ending in
 * {@code System.ExtrinsicSuccess} or {@code System.ExtrinsicFailed { dispatch_error }}.
 */
public final class ExtrinsicEvents {

    private ExtrinsicEvents() {
    }

    /** The storage key of {@code System.Events}. */
    public static byte[] storageKey(RuntimeMetadata md) {
        return StorageKeys.key(md, "System", "Events");
    }

    /** Decodes the {@code System.Events} storage value; null (absent) gives the empty list. */
    public static List<Object> decode(RuntimeMetadata md, byte[] storageValue) {
        StorageEntryMetadata entry = md.storageEntry("System", "Events");
        Object value = StorageKeys.decodeValue(md.types(), entry, storageValue);
        return value == null ? List.of() : Values.list(value);
    }

    /**
     * The outcome of the extrinsic at {@code extrinsicIndex} in the block, or null if the events hold neither
     * success nor failure for it.
     */
    public static ExtrinsicOutcome outcome(RuntimeMetadata md, List<Object> eventRecords, int extrinsicIndex) {
        List<Object> mine = new ArrayList<>();
        Boolean success = null;
        DispatchFailure failure = null;
        for (Object record : eventRecords) {
            EnumValue phase = Values.enumValue(Values.field(record, "phase"));
            if (!phase.is("ApplyExtrinsic") || Values.intValue(phase.value()) != extrinsicIndex) {
                continue;
            }
            EnumValue event = Values.enumValue(Values.field(record, "event"));
            mine.add(event);
            if (event.is("System") && event.value() instanceof EnumValue system) {
                if (system.is("ExtrinsicSuccess")) {
                    success = true;
                } else if (system.is("ExtrinsicFailed")) {
                    success = false;
                    failure = DispatchErrors.describe(md, Values.field(system.value(), "dispatch_error"));
                }
            }
        }
        return success == null ? null : new ExtrinsicOutcome(success, failure, mine);
    }
}
