package io.logicminer.bittensor.synapse;

import io.logicminer.bittensor.synapse.SynapseFormatException.Part;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The header form of a synapse, as the SDK's {@code Synapse.to_headers()} writes it and {@code from_headers()} reads
 * it: {@code name}, {@code timeout}, {@code bt_header_axon_<field>} and {@code bt_header_dendrite_<field>} for every
 * terminal field that is set, {@code header_size}, {@code total_size} and {@code computed_body_hash}.
 *
 * <p>{@code bt_header_input_obj_<field>} headers (base64 JSON of the class default of each field that has no default)
 * are never written for the kinds here: every LogicNet field has a default. On reading they are ignored, as every
 * declared field's value comes from the body.
 *
 * <p>{@code header_size} and {@code total_size} are Python's {@code sys.getsizeof} estimates in the SDK; nobody reads
 * them, and this class writes byte counts instead.
 */
public final class SynapseHeaders {

    /** Prefix of the axon terminal's headers. */
    public static final String AXON_PREFIX = "bt_header_axon_";
    /** Prefix of the dendrite terminal's headers. */
    public static final String DENDRITE_PREFIX = "bt_header_dendrite_";
    /** Prefix of the input-object headers. */
    public static final String INPUT_OBJ_PREFIX = "bt_header_input_obj_";

    private SynapseHeaders() {
    }

    /**
     * Builds a synapse of {@code kind} from request headers; the declared fields take their defaults.
     *
     * @param header looks up one header by its lower-case name; returns null when absent
     * @throws SynapseFormatException {@link Part#HEADER} naming the header whose value is not of its type
     */
    public static Synapse fromHeaders(SynapseKind kind, Function<String, String> header) throws SynapseFormatException {
        String timeoutText = header.apply("timeout");
        Double timeout = timeoutText == null ? null : parseFloat("timeout", timeoutText);
        return new Synapse(kind, header.apply("name"), timeout,
            parseLong("total_size", header.apply("total_size")),
            parseLong("header_size", header.apply("header_size")),
            terminal(DENDRITE_PREFIX, header), terminal(AXON_PREFIX, header),
            header.apply("computed_body_hash"), null);
    }

    /** As {@link #fromHeaders(SynapseKind, Function)} over a map (keys matched case-insensitively). */
    public static Synapse fromHeaders(SynapseKind kind, Map<String, String> headers) throws SynapseFormatException {
        Map<String, String> lower = new LinkedHashMap<>();
        headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        return fromHeaders(kind, lower::get);
    }

    private static TerminalInfo terminal(String prefix, Function<String, String> header)
        throws SynapseFormatException {
        Long status = parseLong(prefix + "status_code", header.apply(prefix + "status_code"));
        Long port = parseLong(prefix + "port", header.apply(prefix + "port"));
        String processTime = header.apply(prefix + "process_time");
        return new TerminalInfo(
            status == null ? null : toInt(prefix + "status_code", status),
            header.apply(prefix + "status_message"),
            processTime == null ? null : parseFloat(prefix + "process_time", processTime),
            header.apply(prefix + "ip"),
            port == null ? null : toInt(prefix + "port", port),
            parseLong(prefix + "version", header.apply(prefix + "version")),
            parseLong(prefix + "nonce", header.apply(prefix + "nonce")),
            header.apply(prefix + "uuid"),
            header.apply(prefix + "hotkey"),
            header.apply(prefix + "signature"));
    }

    /** The headers of {@code synapse}, in the SDK's order; {@code computed_body_hash} is recomputed. */
    public static Map<String, String> toHeaders(Synapse synapse) {
        return toHeaders(synapse, SynapseJson.toBytes(synapse).length);
    }

    /**
     * As {@link #toHeaders(Synapse)} when the caller already serialised the synapse: {@code bodyLength} is the
     * length of {@link SynapseJson#toBytes(Synapse)}, written as {@code total_size}.
     */
    public static Map<String, String> toHeaders(Synapse synapse, int bodyLength) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (synapse.name() != null) {
            headers.put("name", synapse.name());
        }
        if (synapse.timeout() != null) {
            headers.put("timeout", SynapseJson.timeoutText(synapse));
        }
        putTerminal(headers, AXON_PREFIX, synapse.axon());
        putTerminal(headers, DENDRITE_PREFIX, synapse.dendrite());
        long headerBytes = 0;
        for (Map.Entry<String, String> entry : headers.entrySet()) {
            headerBytes += entry.getKey().length() + entry.getValue().length() + 4;
        }
        headers.put("header_size", Long.toString(headerBytes));
        headers.put("total_size", Integer.toString(bodyLength));
        headers.put("computed_body_hash", synapse.bodyHash());
        return headers;
    }

    private static void putTerminal(Map<String, String> headers, String prefix, TerminalInfo info) {
        for (String field : TerminalInfo.FIELD_NAMES) {
            Object value = info.get(field);
            if (value != null) {
                headers.put(prefix + field, value instanceof Double d ? PythonStr.ofFloat(d) : value.toString());
            }
        }
    }

    private static Long parseLong(String name, String value) throws SynapseFormatException {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new SynapseFormatException(Part.HEADER, "header '" + name + "' must be an integer, got '"
                + shorten(value) + "'");
        }
    }

    private static int toInt(String name, long value) throws SynapseFormatException {
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new SynapseFormatException(Part.HEADER, "header '" + name + "' is out of range: " + value);
        }
        return (int) value;
    }

    private static double parseFloat(String name, String value) throws SynapseFormatException {
        try {
            double parsed = Double.parseDouble(value.strip());
            if (Double.isFinite(parsed)) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new SynapseFormatException(Part.HEADER, "header '" + name + "' must be a finite number of seconds, got '"
            + shorten(value) + "'");
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 57) + "..." : value;
    }
}
