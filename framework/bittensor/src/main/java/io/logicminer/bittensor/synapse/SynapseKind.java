package io.logicminer.bittensor.synapse;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Objects;

/**
 * A synapse class as a subnet's protocol declares it: its route name (the Python class name), the fields it adds to
 * the base {@code Synapse}, which of them enter the body hash ({@code required_hash_fields}), and the type and default
 * of {@code timeout} (LogicNet's {@code LogicSynapse} redeclares it as {@code int = 64}; the base is {@code float =
 * 12.0}).
 *
 * @param name               route and class name, e.g. {@code LogicSynapse}
 * @param fields             the declared fields in declaration order
 * @param requiredHashFields field names hashed into {@code computed_body_hash}, in the order the class lists them
 * @param integerTimeout     whether {@code timeout} is an {@code int} (serialised as {@code 64}, not {@code 64.0})
 * @param defaultTimeout     {@code timeout} when neither header nor body sets it
 */
public record SynapseKind(String name, List<SynapseField> fields, List<String> requiredHashFields,
                          boolean integerTimeout, double defaultTimeout) {

    /** The SDK's base {@code Synapse}, which every axon serves as a ping route. */
    public static final SynapseKind PING = new SynapseKind("Synapse", List.of(), List.of(), false, 12.0);

    public SynapseKind {
        Objects.requireNonNull(name, "name");
        fields = List.copyOf(fields);
        requiredHashFields = List.copyOf(requiredHashFields);
        for (String hashed : requiredHashFields) {
            if (!hashed.equals("name") && !hashed.equals("timeout")
                && fields.stream().noneMatch(f -> f.name().equals(hashed))) {
                throw new IllegalArgumentException("required hash field '" + hashed + "' is not a field of " + name);
            }
        }
    }

    /** The declared field called {@code fieldName}, or null. */
    public SynapseField field(String fieldName) {
        for (SynapseField field : fields) {
            if (field.name().equals(fieldName)) {
                return field;
            }
        }
        return null;
    }

    static JsonNodeFactory nodes() {
        return JsonNodeFactory.instance;
    }
}
