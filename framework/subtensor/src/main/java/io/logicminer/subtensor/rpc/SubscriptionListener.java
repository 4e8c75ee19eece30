package io.logicminer.subtensor.rpc;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Receives a subscription's notifications, in the order the node sent them, on the client's event thread (one thread
 * for all subscriptions of a client: keep it short; blocking calls on the client from here are safe).
 */
public interface SubscriptionListener {

    /** One notification's {@code params.result}. */
    void onNotification(JsonNode result);

    /**
     * The subscription ended without {@link Subscription#unsubscribe()}: the connection dropped and it cannot be
     * re-established (an extrinsic watch), re-subscribing after a reconnect failed, the node sent an error for it, or
     * the client was closed.
     */
    default void onEnd(RpcException cause) {
    }
}
