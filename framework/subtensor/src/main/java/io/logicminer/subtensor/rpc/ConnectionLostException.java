package io.logicminer.subtensor.rpc;

/**
 * The connection to the node dropped while a call was in flight (its outcome on the node is unknown), or a call was
 * made while the client was reconnecting. The client keeps reconnecting in the background.
 */
public final class ConnectionLostException extends RpcException {
    public ConnectionLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
