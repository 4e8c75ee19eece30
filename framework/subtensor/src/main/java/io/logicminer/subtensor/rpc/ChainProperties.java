package io.logicminer.subtensor.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code system_properties}: the SS58 address prefix (42 on Bittensor) and the token(s). Token fields may be a single
 * value or an array on multi-token chains; both become lists.
 */
public record ChainProperties(OptionalInt ss58Format, List<Integer> tokenDecimals, List<String> tokenSymbols) {

    public ChainProperties {
        tokenDecimals = List.copyOf(tokenDecimals);
        tokenSymbols = List.copyOf(tokenSymbols);
    }

    public static ChainProperties fromJson(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new RpcException("system_properties returned no object: " + json);
        }
        JsonNode ss58 = json.get("ss58Format");
        List<Integer> decimals = new ArrayList<>();
        forEach(json.get("tokenDecimals"), node -> decimals.add(node.asInt()));
        List<String> symbols = new ArrayList<>();
        forEach(json.get("tokenSymbol"), node -> symbols.add(node.asText()));
        return new ChainProperties(
                ss58 != null && ss58.canConvertToInt() ? OptionalInt.of(ss58.asInt()) : OptionalInt.empty(),
                decimals, symbols);
    }

    private static void forEach(JsonNode node, java.util.function.Consumer<JsonNode> action) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isArray()) {
            node.forEach(action);
        } else {
            action.accept(node);
        }
    }
}
