package io.logicminer.bittensor.synapse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One field a synapse class declares beyond the base {@code Synapse} fields.
 *
 * @param name         wire name, e.g. {@code logic_question}
 * @param type         what values it takes
 * @param defaultValue the value when the body leaves it out
 */
public record SynapseField(String name, FieldType type, JsonNode defaultValue) {

    public SynapseField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
    }
}
