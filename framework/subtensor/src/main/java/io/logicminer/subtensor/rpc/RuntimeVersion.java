package io.logicminer.subtensor.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code state_getRuntimeVersion}: what a signed extrinsic must commit to (spec and transaction version) and which
 * runtime APIs the node offers ({@code apis}: 8-byte API id as hex → version).
 */
public record RuntimeVersion(
        String specName,
        String implName,
        long specVersion,
        long implVersion,
        long transactionVersion,
        Map<String, Long> apis) {

    public RuntimeVersion {
        apis = Map.copyOf(apis);
    }

    public static RuntimeVersion fromJson(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new RpcException("state_getRuntimeVersion returned no object: " + json);
        }
        Map<String, Long> apis = new LinkedHashMap<>();
        for (JsonNode api : json.path("apis")) {
            apis.put(api.path(0).asText(), api.path(1).asLong());
        }
        return new RuntimeVersion(
                json.path("specName").asText(),
                json.path("implName").asText(),
                required(json, "specVersion"),
                json.path("implVersion").asLong(),
                required(json, "transactionVersion"),
                apis);
    }

    private static long required(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.canConvertToLong()) {
            throw new RpcException("state_getRuntimeVersion field " + field + " is missing or not a number: " + value);
        }
        return value.asLong();
    }
}
