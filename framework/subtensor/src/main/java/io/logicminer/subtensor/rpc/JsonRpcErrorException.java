package io.logicminer.subtensor.rpc;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The node answered a call with a JSON-RPC error object, e.g. {@code {"code":1010,"message":"Invalid Transaction",
 * "data":"Custom error: 12"}} or {@code {"code":-32601,"message":"Method not found"}}.
 */
public final class JsonRpcErrorException extends RpcException {
    private final String method;
    private final int code;
    private final String rpcMessage;
    private final JsonNode data;

    public JsonRpcErrorException(String method, int code, String rpcMessage, JsonNode data) {
        super(method + " failed: " + code + " " + rpcMessage + (data == null || data.isNull() ? "" : " (" + text(data) + ")"));
        this.method = method;
        this.code = code;
        this.rpcMessage = rpcMessage;
        this.data = data;
    }

    /** The method that was called (or the subscription's notification method). */
    public String method() {
        return method;
    }

    /** The error object's {@code code}. */
    public int code() {
        return code;
    }

    /** The error object's {@code message}. */
    public String rpcMessage() {
        return rpcMessage;
    }

    /** The error object's {@code data}, or null when it had none. */
    public JsonNode data() {
        return data;
    }

    /** {@code data} as text: the string itself when it is a JSON string, its JSON otherwise, "" when absent. */
    public String dataText() {
        return data == null || data.isNull() ? "" : text(data);
    }

    private static String text(JsonNode data) {
        return data.isTextual() ? data.asText() : data.toString();
    }
}
