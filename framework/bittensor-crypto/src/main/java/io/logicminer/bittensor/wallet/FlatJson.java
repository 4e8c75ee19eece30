package io.logicminer.bittensor.wallet;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON keyfiles use: one object whose values are strings, {@code null}, numbers or booleans (kept as text),
 * read and written with Jackson.
 *
 * <p>Keyfiles hold secrets (the mnemonic, the seed, the private key), so an error names the line and column and
 * what kind of fault it is, never the text: Jackson's own messages quote the offending token ("Unrecognized token
 * 'abandon'"), so they are neither shown nor chained as a cause.
 */
final class FlatJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private FlatJson() {
    }

    /** Parses a flat object; {@code null} values map to {@code null}. */
    static Map<String, String> parseObject(String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            // no cause: its message would quote the keyfile's text
            throw new IllegalArgumentException(describe(e));
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("expected one JSON object, found "
                    + (root == null || root.isMissingNode() ? "nothing" : "a JSON " + root.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                result.put(field.getKey(), null);
            } else if (value.isValueNode()) {
                result.put(field.getKey(), value.asText());
            } else {
                throw new IllegalArgumentException("field \"" + field.getKey() + "\" holds a nested object or array; "
                        + "keyfile fields are strings, numbers, booleans or null");
            }
        }
        return result;
    }

    /** Writes a flat object of strings compactly, in the map's order, skipping {@code null} values. */
    static String writeObject(Map<String, String> values) {
        Map<String, String> present = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (value != null) {
                present.put(key, value);
            }
        });
        try {
            return MAPPER.writeValueAsString(present);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    private static String describe(JsonProcessingException e) {
        String kind = e instanceof JsonEOFException ? "the JSON ends early" : "malformed JSON";
        JsonLocation at = e.getLocation();
        return at == null ? kind : kind + " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
}
