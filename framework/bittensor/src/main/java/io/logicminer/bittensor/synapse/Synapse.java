package io.logicminer.bittensor.synapse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One synapse as it travels between dendrite and axon: the base fields every Bittensor synapse has plus the fields its
 * {@link SynapseKind} declares. Immutable; the {@code with*} methods return copies.
 *
 * @param kind             which synapse class this is
 * @param name             route name as sent ({@code name} header); null when absent
 * @param timeout          seconds the caller allows; null when absent
 * @param totalSize        the SDK's size estimate of the object; null when absent
 * @param headerSize       the SDK's size estimate of the headers; null when absent
 * @param dendrite         caller terminal
 * @param axon             server terminal
 * @param computedBodyHash sha3-256 hex over the kind's required hash fields ({@code computed_body_hash})
 * @param fields           the kind's fields, every declared one present (defaults filled in), in declaration order
 */
public record Synapse(SynapseKind kind, String name, Double timeout, Long totalSize, Long headerSize,
                      TerminalInfo dendrite, TerminalInfo axon, String computedBodyHash, ObjectNode fields) {

    public Synapse {
        Objects.requireNonNull(kind, "kind");
        dendrite = dendrite == null ? TerminalInfo.EMPTY : dendrite;
        axon = axon == null ? TerminalInfo.EMPTY : axon;
        fields = fields == null ? defaults(kind) : fields.deepCopy();
        for (SynapseField field : kind.fields()) {
            if (!fields.has(field.name())) {
                fields.set(field.name(), field.defaultValue().deepCopy());
            }
        }
    }

    /** A synapse of {@code kind} with every field at its default, as {@code LogicSynapse()} in Python. */
    public static Synapse empty(SynapseKind kind) {
        return new Synapse(kind, kind.name(), kind.defaultTimeout(), 0L, 0L, TerminalInfo.EMPTY, TerminalInfo.EMPTY,
            "", null);
    }

    private static ObjectNode defaults(SynapseKind kind) {
        ObjectNode node = SynapseKind.nodes().objectNode();
        for (SynapseField field : kind.fields()) {
            node.set(field.name(), field.defaultValue().deepCopy());
        }
        return node;
    }

    /** One declared field's value (never null: a JSON null node when null). */
    public JsonNode field(String fieldName) {
        if (kind.field(fieldName) == null) {
            throw new IllegalArgumentException(kind.name() + " has no field '" + fieldName + "'");
        }
        return fields.get(fieldName);
    }

    /** A copy with one declared field replaced. */
    public Synapse withField(String fieldName, JsonNode value) {
        if (kind.field(fieldName) == null) {
            throw new IllegalArgumentException(kind.name() + " has no field '" + fieldName + "'");
        }
        ObjectNode copy = fields.deepCopy();
        copy.set(fieldName, value == null ? SynapseKind.nodes().nullNode() : value);
        return new Synapse(kind, name, timeout, totalSize, headerSize, dendrite, axon, computedBodyHash, copy);
    }

    public Synapse withDendrite(TerminalInfo newDendrite) {
        return new Synapse(kind, name, timeout, totalSize, headerSize, newDendrite, axon, computedBodyHash, fields);
    }

    public Synapse withAxon(TerminalInfo newAxon) {
        return new Synapse(kind, name, timeout, totalSize, headerSize, dendrite, newAxon, computedBodyHash, fields);
    }

    public Synapse withTimeout(Double newTimeout) {
        return new Synapse(kind, name, newTimeout, totalSize, headerSize, dendrite, axon, computedBodyHash, fields);
    }

    public Synapse withName(String newName) {
        return new Synapse(kind, newName, timeout, totalSize, headerSize, dendrite, axon, computedBodyHash, fields);
    }

    public Synapse withSizes(Long newTotalSize, Long newHeaderSize) {
        return new Synapse(kind, name, timeout, newTotalSize, newHeaderSize, dendrite, axon, computedBodyHash, fields);
    }

    public Synapse withComputedBodyHash(String hash) {
        return new Synapse(kind, name, timeout, totalSize, headerSize, dendrite, axon, hash, fields);
    }

    /** {@code timeout} or the kind's default when absent. */
    public double timeoutOrDefault() {
        return timeout != null ? timeout : kind.defaultTimeout();
    }

    /** This synapse's body hash as the SDK computes it ({@link BodyHash}). */
    public String bodyHash() {
        return BodyHash.of(this);
    }
}
