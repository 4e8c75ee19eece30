package io.logicminer.subtensor.rpc;

import java.util.concurrent.CompletableFuture;

/** A live subscription; resumable ones (finalized heads) get a new server id after each reconnect. */
public interface Subscription {

    /** The subscription id the node gave the latest subscribe call; null while waiting to re-subscribe. */
    String id();

    /** False once unsubscribed or ended. */
    boolean isActive();

    /**
     * Stops delivery at once and tells the node ({@code chain_unsubscribeFinalizedHeads}, {@code
     * author_unwatchExtrinsic}...); the future completes with the node's answer, or true when there was no connection
     * to tell.
     */
    CompletableFuture<Boolean> unsubscribe();
}
