package io.logicminer.subtensor.rpc;

/**
 * A JSON-RPC call or subscription failed. Subclasses say why: the node answered with an error object
 * ({@link JsonRpcErrorException}), no answer came in time ({@link RpcTimeoutException}), the connection was lost or is
 * not up ({@link ConnectionLostException}), or a message was larger than the configured cap
 * ({@link MessageTooLargeException}). A plain {@code RpcException} means the client was closed or the node sent
 * something that is not valid JSON-RPC.
 */
public class RpcException extends RuntimeException {
    public RpcException(String message) {
        super(message);
    }

    public RpcException(String message, Throwable cause) {
        super(message, cause);
    }
}
