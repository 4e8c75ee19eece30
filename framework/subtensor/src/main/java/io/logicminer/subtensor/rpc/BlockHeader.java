package io.logicminer.subtensor.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A block header as {@code chain_getHeader} and {@code chain_finalizedHead} notifications send it. The digest logs
 * stay SCALE-encoded hex (decoding them is the codec's job).
 */
public record BlockHeader(H256 parentHash, long number, H256 stateRoot, H256 extrinsicsRoot, List<String> digestLogs) {

    public BlockHeader {
        digestLogs = List.copyOf(digestLogs);
    }

    /** Reads {@code {"parentHash":..,"number":"0x..","stateRoot":..,"extrinsicsRoot":..,"digest":{"logs":[..]}}}. */
    public static BlockHeader fromJson(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new RpcException("a block header must be a JSON object, got " + json);
        }
        List<String> logs = new ArrayList<>();
        for (JsonNode log : json.path("digest").path("logs")) {
            logs.add(log.asText());
        }
        return new BlockHeader(
                hash(json, "parentHash"),
                blockNumber(json.get("number"), "header field number"),
                hash(json, "stateRoot"),
                hash(json, "extrinsicsRoot"),
                logs);
    }

    /** Block numbers come as hex strings ("0x4a3b2c"); some nodes send plain numbers. */
    static long blockNumber(JsonNode number, String what) {
        if (number != null && number.canConvertToLong()) {
            return number.asLong();
        }
        if (number != null && number.isTextual() && number.asText().startsWith("0x") && number.asText().length() > 2) {
            try {
                return Long.parseUnsignedLong(number.asText().substring(2), 16);
            } catch (NumberFormatException e) {
                throw new RpcException(what + " is not a hex block number: " + number, e);
            }
        }
        throw new RpcException(what + " is not a block number: " + number);
    }

    private static H256 hash(JsonNode json, String field) {
        JsonNode value = json.get(field);
        try {
            return new H256(value == null ? null : value.asText());
        } catch (IllegalArgumentException e) {
            throw new RpcException("header field " + field + " is not a 32-byte hash: " + value, e);
        }
    }
}
