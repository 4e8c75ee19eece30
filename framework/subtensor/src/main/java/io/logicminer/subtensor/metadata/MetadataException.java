package io.logicminer.subtensor.metadata;

/** A lookup in the runtime metadata that has no answer (unknown pallet, call, API...), naming what exists. */
public class MetadataException extends RuntimeException {

    public MetadataException(String message) {
        super(message);
    }
}
