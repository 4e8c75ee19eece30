package io.logicminer.subtensor.extrinsic;

import io.logicminer.subtensor.codec.EnumValue;
import io.logicminer.subtensor.codec.Values;
import io.logicminer.subtensor.metadata.ErrorMetadata;
import io.logicminer.subtensor.metadata.MetadataException;
import io.logicminer.subtensor.metadata.RuntimeMetadata;

/**
 * Explains a decoded {@code sp_runtime::DispatchError} (from {@code System.ExtrinsicFailed}): a
 * {@code Module {index, error}} error is looked up in the metadata (pallet index, first byte of {@code error}) and
 * reported with the error variant's name and docs.
 */
public final class DispatchErrors {

    private DispatchErrors() {
    }

    public static DispatchFailure describe(RuntimeMetadata md, Object dispatchError) {
        EnumValue e = Values.enumValue(dispatchError);
        if (e.is("Module")) {
            Object module = e.value();
            int palletIndex = Values.intValue(Values.field(module, "index"));
            // [u8; 4] since 2022 (first byte = the error variant); older runtimes had a plain u8
            Object errorField = Values.field(module, "error");
            int errorIndex;
            if (errorField instanceof byte[] error) {
                errorIndex = error.length == 0 ? 0 : error[0] & 0xff;
            } else {
                errorIndex = Values.intValue(errorField);
            }
            try {
                ErrorMetadata meta = md.error(palletIndex, errorIndex);
                return new DispatchFailure("Module", meta, meta.describe());
            } catch (MetadataException unknown) {
                return new DispatchFailure("Module", null, "module error " + errorIndex + " of pallet index "
                    + palletIndex + " (not in this runtime's metadata: " + unknown.getMessage() + ")");
            }
        }
        String detail = e.value() == null ? "" : " " + Values.toDisplayString(e.value());
        return new DispatchFailure(e.name(), null, "dispatch error " + e.name() + detail);
    }
}
