package io.logicminer.subtensor.rpc;

import java.util.concurrent.CompletableFuture;

/**
 * A submitted extrinsic being watched ({@code author_submitAndWatchExtrinsic}).
 *
 * <p>{@link #outcome()} completes with the terminal status: {@code finalized} (in a finalized block; whether the call
 * itself succeeded is in that block's events), or {@code usurped}, {@code dropped}, {@code invalid},
 * {@code finalityTimeout}. It fails with {@link ConnectionLostException} when the connection drops first: a watch
 * cannot be re-established on a new connection, and the extrinsic may still be included, so check the chain before
 * submitting again.
 */
public interface ExtrinsicWatch {

    /** The terminal status (see the class comment). */
    CompletableFuture<ExtrinsicStatus> outcome();

    /** Stops watching ({@code author_unwatchExtrinsic}); the extrinsic stays in the pool. */
    CompletableFuture<Boolean> unwatch();
}
