package io.logicminer.subtensor.rpc;

/**
 * The node sent a message larger than the client's cap ({@code max-message-bytes}). The client stops reading it,
 * drops the connection (a WebSocket message cannot be skipped), fails the calls in flight with this exception and
 * reconnects.
 */
public final class MessageTooLargeException extends RpcException {
    public MessageTooLargeException(String message, Throwable cause) {
        super(message, cause);
    }
}
