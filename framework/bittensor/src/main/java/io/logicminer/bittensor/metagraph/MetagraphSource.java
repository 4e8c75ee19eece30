package io.logicminer.bittensor.metagraph;

/**
 * Supplies the current metagraph. The axon calls {@link #current()} on every request, so it must be cheap (return a
 * snapshot held in a field); refreshing happens elsewhere (a file watcher, a chain sync loop).
 */
public interface MetagraphSource {

    /** The latest snapshot; never null. */
    Metagraph current();
}
