package io.logicminer.subtensor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.logicminer.subtensor.codec.EnumValue;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The canonical JSON form interop.mjs produces from polkadot-js values, produced here from the Java value model:
 * integers as decimal strings, bytes as 0x-hex, structs, tuples and sequences as arrays, enums as
 * {@code {variant, index, value}}.
 */
public final class Canonical {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Canonical() {
    }

    public static JsonNode of(Object value) {
        if (value == null) {
            return F.nullNode();
        }
        if (value instanceof BigInteger b) {
            return F.textNode(b.toString());
        }
        if (value instanceof Boolean b) {
            return F.booleanNode(b);
        }
        if (value instanceof String s) {
            return F.textNode(s);
        }
        if (value instanceof byte[] b) {
            return F.textNode("0x" + HexFormat.of().formatHex(b));
        }
        if (value instanceof Map<?, ?> m) {
            ArrayNode a = F.arrayNode();
            m.values().forEach(v -> a.add(of(v)));
            return a;
        }
        if (value instanceof List<?> l) {
            ArrayNode a = F.arrayNode();
            l.forEach(v -> a.add(of(v)));
            return a;
        }
        if (value instanceof EnumValue e) {
            ObjectNode o = F.objectNode();
            o.put("variant", e.name());
            o.put("index", e.index());
            o.set("value", of(e.value()));
            return o;
        }
        throw new IllegalArgumentException("no canonical form for " + value.getClass());
    }
}
