package io.logicminer.bittensor.synapse;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.logicminer.bittensor.synapse.SynapseFormatException.Part;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The JSON form of a synapse, as pydantic's {@code model_dump()} writes it (the dendrite's request body and the axon's
 * success response) and as pydantic validates it when reading: unknown keys are ignored, missing keys take their
 * defaults, a value of the wrong type is an error naming the field.
 */
public final class SynapseJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SynapseJson() {
    }

    /** The shared mapper (thread-safe once configured). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** {@code model_dump()} as a tree: {@link #toBytes(Synapse)} read back (one definition of the layout). */
    public static ObjectNode toJson(Synapse synapse) {
        try {
            return (ObjectNode) MAPPER.readTree(toBytes(synapse));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read back a serialised synapse", e);
        }
    }

    /**
     * {@code model_dump_json()}: base fields (name, timeout, sizes, dendrite and axon terminals, body hash), then the
     * kind's fields in declaration order. Streamed, without an intermediate tree: the axon writes one per response.
     */
    public static byte[] toBytes(Synapse synapse) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (JsonGenerator out = MAPPER.createGenerator(bytes)) {
            out.writeStartObject();
            out.writeStringField("name", synapse.name());
            if (synapse.timeout() == null) {
                out.writeNullField("timeout");
            } else if (synapse.kind().integerTimeout()) {
                out.writeNumberField("timeout", (long) Math.floor(synapse.timeout()));
            } else {
                out.writeNumberField("timeout", synapse.timeout());
            }
            writeLong(out, "total_size", synapse.totalSize());
            writeLong(out, "header_size", synapse.headerSize());
            writeTerminal(out, "dendrite", synapse.dendrite());
            writeTerminal(out, "axon", synapse.axon());
            out.writeStringField("computed_body_hash", synapse.computedBodyHash());
            for (SynapseField field : synapse.kind().fields()) {
                out.writeFieldName(field.name());
                MAPPER.writeTree(out, synapse.fields().get(field.name()));
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise a synapse", e);
        }
        return bytes.toByteArray();
    }

    private static void writeTerminal(JsonGenerator out, String name, TerminalInfo info)
        throws IOException {
        out.writeObjectFieldStart(name);
        writeInteger(out, "status_code", info.statusCode());
        out.writeStringField("status_message", info.statusMessage());
        if (info.processTime() == null) {
            out.writeNullField("process_time");
        } else {
            out.writeNumberField("process_time", info.processTime());
        }
        out.writeStringField("ip", info.ip());
        writeInteger(out, "port", info.port());
        writeLong(out, "version", info.version());
        writeLong(out, "nonce", info.nonce());
        out.writeStringField("uuid", info.uuid());
        out.writeStringField("hotkey", info.hotkey());
        out.writeStringField("signature", info.signature());
        out.writeEndObject();
    }

    private static void writeInteger(JsonGenerator out, String name, Integer value)
        throws IOException {
        if (value == null) {
            out.writeNullField(name);
        } else {
            out.writeNumberField(name, value);
        }
    }

    private static void writeLong(JsonGenerator out, String name, Long value)
        throws IOException {
        if (value == null) {
            out.writeNullField(name);
        } else {
            out.writeNumberField(name, value);
        }
    }

    /** {@code str(synapse.timeout)}: {@code 64} for an integer-timeout kind, {@code 12.0} otherwise. */
    public static String timeoutText(Synapse synapse) {
        double timeout = synapse.timeout();
        return synapse.kind().integerTimeout() ? Long.toString((long) Math.floor(timeout)) : PythonStr.ofFloat(timeout);
    }

    /**
     * Reads a body into a synapse of {@code kind}.
     *
     * @throws SynapseFormatException {@link Part#BODY_SYNTAX} when the bytes are not JSON, {@link Part#BODY_FIELDS}
     *                                when the JSON is not an object or a field has the wrong type
     */
    public static Synapse fromBytes(SynapseKind kind, byte[] body) throws SynapseFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new SynapseFormatException(Part.BODY_SYNTAX, "request body is not valid JSON: "
                + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SynapseFormatException(Part.BODY_SYNTAX, "request body cannot be read: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new SynapseFormatException(Part.BODY_SYNTAX, "request body is empty; send the synapse as a JSON"
                + " object");
        }
        return fromJson(kind, root);
    }

    /** As {@link #fromBytes} for a parsed tree. */
    public static Synapse fromJson(SynapseKind kind, JsonNode root) throws SynapseFormatException {
        if (!root.isObject()) {
            throw fieldError("the body", "a JSON object", root);
        }
        String name = optionalString(root, "name");
        Double timeout = kind.defaultTimeout();
        if (root.has("timeout")) {
            JsonNode value = root.get("timeout");
            if (value.isNull()) {
                if (kind.integerTimeout()) {
                    throw fieldError("timeout", "an integer number of seconds", value);
                }
                timeout = null;
            } else {
                timeout = kind.integerTimeout() ? (double) integer("timeout", value) : floating("timeout", value);
            }
        }
        Long totalSize = optionalInteger(root, "total_size", 0L);
        Long headerSize = optionalInteger(root, "header_size", 0L);
        TerminalInfo dendrite = terminal(root, "dendrite");
        TerminalInfo axon = terminal(root, "axon");
        String hash = root.has("computed_body_hash") ? optionalString(root, "computed_body_hash") : "";
        ObjectNode fields = NODES.objectNode();
        for (SynapseField field : kind.fields()) {
            JsonNode value = root.get(field.name());
            fields.set(field.name(), value == null ? field.defaultValue().deepCopy() : checked(field, value));
        }
        return new Synapse(kind, name, timeout, totalSize, headerSize, dendrite, axon, hash, fields);
    }

    private static JsonNode checked(SynapseField field, JsonNode value) throws SynapseFormatException {
        return switch (field.type()) {
            case ANY -> value;
            case STRING -> {
                if (!value.isTextual()) {
                    throw fieldError(field.name(), "a string", value);
                }
                yield value;
            }
            case OBJECT -> {
                if (!value.isObject()) {
                    throw fieldError(field.name(), "a JSON object", value);
                }
                yield value;
            }
            case INTEGER -> NODES.numberNode(integer(field.name(), value));
            case FLOAT -> NODES.numberNode(floating(field.name(), value));
        };
    }

    private static TerminalInfo terminal(JsonNode root, String key) throws SynapseFormatException {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return TerminalInfo.EMPTY;
        }
        if (!node.isObject()) {
            throw fieldError(key, "a JSON object (TerminalInfo)", node);
        }
        String p = key + ".";
        Long status = optionalInteger(node, "status_code", null, p);
        Long port = optionalInteger(node, "port", null, p);
        return new TerminalInfo(
            int32(p + "status_code", status, node.get("status_code")),
            optionalString(node, "status_message", p),
            optionalFloat(node, "process_time", p),
            optionalString(node, "ip", p),
            int32(p + "port", port, node.get("port")),
            optionalInteger(node, "version", null, p),
            optionalInteger(node, "nonce", null, p),
            optionalString(node, "uuid", p),
            optionalString(node, "hotkey", p),
            optionalString(node, "signature", p));
    }

    /** A pydantic {@code int} field that the SDK's TerminalInfo keeps in 32 bits (status code, port). */
    private static Integer int32(String field, Long value, JsonNode raw) throws SynapseFormatException {
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw fieldError(field, "an integer in 32-bit range", raw);
        }
        return value.intValue();
    }

    private static String optionalString(JsonNode node, String key) throws SynapseFormatException {
        return optionalString(node, key, "");
    }

    private static String optionalString(JsonNode node, String key, String prefix) throws SynapseFormatException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw fieldError(prefix + key, "a string", value);
        }
        return value.textValue();
    }

    private static Long optionalInteger(JsonNode node, String key, Long absent) throws SynapseFormatException {
        return optionalInteger(node, key, absent, "");
    }

    private static Long optionalInteger(JsonNode node, String key, Long absent, String prefix)
        throws SynapseFormatException {
        JsonNode value = node.get(key);
        if (value == null) {
            return absent;
        }
        return value.isNull() ? null : integer(prefix + key, value);
    }

    private static Double optionalFloat(JsonNode node, String key, String prefix) throws SynapseFormatException {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : floating(prefix + key, value);
    }

    private static long integer(String field, JsonNode value) throws SynapseFormatException {
        try {
            BigDecimal number = value.isNumber() ? value.decimalValue()
                : value.isTextual() ? new BigDecimal(value.textValue().strip()) : null;
            if (number != null) {
                return number.longValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // falls through to the error naming the field
        }
        throw fieldError(field, "an integer", value);
    }

    private static double floating(String field, JsonNode value) throws SynapseFormatException {
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isTextual()) {
            try {
                return Double.parseDouble(value.textValue().strip());
            } catch (NumberFormatException e) {
                // falls through
            }
        }
        throw fieldError(field, "a number", value);
    }

    private static SynapseFormatException fieldError(String field, String expected, JsonNode value) {
        String shown = value.toString();
        if (shown.length() > 80) {
            shown = shown.substring(0, 77) + "...";
        }
        return new SynapseFormatException(Part.BODY_FIELDS, "synapse field '" + field + "' must be " + expected
            + ", got " + shown);
    }
}
