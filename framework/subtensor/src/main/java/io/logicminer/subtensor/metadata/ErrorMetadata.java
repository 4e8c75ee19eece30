package io.logicminer.subtensor.metadata;

import java.util.List;

/** A pallet error variant: where it comes from, its name and the docs that explain it. */
public record ErrorMetadata(String palletName, int palletIndex, String name, int errorIndex, List<String> docs) {

    /** {@code SubtensorModule.ServingRateLimitExceeded: docs...}. */
    public String describe() {
        String text = String.join(" ", docs).strip();
        return palletName + "." + name + (text.isEmpty() ? "" : ": " + text);
    }
}
