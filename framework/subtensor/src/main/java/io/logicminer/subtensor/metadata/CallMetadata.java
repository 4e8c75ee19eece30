package io.logicminer.subtensor.metadata;

import java.util.List;

/** A dispatchable call: the two index bytes that start its encoding, its fields in order, docs. */
public record CallMetadata(String palletName, int palletIndex, String name, int callIndex, List<Field> fields,
                           List<String> docs) {
}
