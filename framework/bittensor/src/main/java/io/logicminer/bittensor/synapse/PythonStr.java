package io.logicminer.bittensor.synapse;

import com.fasterxml.jackson.databind.JsonNode;
import io.logicminer.python.PythonFloat;
import java.util.Iterator;
import java.util.Map;

/**
 * Python's {@code str()} of values that came from JSON, as the SDK applies it when it puts numbers in headers and when
 * it hashes body fields ({@code str(model_dump()[field])}). Strings are themselves; {@code True}/{@code False}/{@code
 * None}; floats in Python's repr ({@code 12.0}, {@code 1e-05}); lists and dicts in Python's repr with single-quoted
 * strings.
 */
public final class PythonStr {

    private PythonStr() {
    }

    /** {@code str(value)} for a JSON value. */
    public static String of(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "None";
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        return repr(value);
    }

    /** {@code str(float)}: shortest round-trip digits, {@code .0} on integral values, exponent outside [1e-4, 1e16). */
    public static String ofFloat(double value) {
        return PythonFloat.repr(value);
    }

    private static String repr(JsonNode value) {
        if (value.isTextual()) {
            return quote(value.textValue());
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "True" : "False";
        }
        if (value.isNull()) {
            return "None";
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        if (value.isNumber()) {
            return ofFloat(value.doubleValue());
        }
        StringBuilder out = new StringBuilder();
        if (value.isArray()) {
            out.append('[');
            for (int i = 0; i < value.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(repr(value.get(i)));
            }
            return out.append(']').toString();
        }
        out.append('{');
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        boolean first = true;
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            out.append(first ? "" : ", ").append(quote(field.getKey())).append(": ").append(repr(field.getValue()));
            first = false;
        }
        return out.append('}').toString();
    }

    /** Python's repr of a str: single quotes unless the text holds a single quote and no double quote. */
    static String quote(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == quote) {
                        out.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append(quote).toString();
    }
}
