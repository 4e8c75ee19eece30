package io.logicminer.subtensor.rpc;

/** No response to a call arrived within its timeout; a response that arrives later is dropped. */
public final class RpcTimeoutException extends RpcException {
    public RpcTimeoutException(String message) {
        super(message);
    }
}
