package io.logicminer.bittensor.metagraph;

import java.util.Objects;

/** A {@link MetagraphSource} whose snapshot is set by its owner (a chain sync loop, a test). */
public final class FixedMetagraphSource implements MetagraphSource {

    private volatile Metagraph current;

    public FixedMetagraphSource(Metagraph initial) {
        this.current = Objects.requireNonNull(initial, "initial");
    }

    @Override
    public Metagraph current() {
        return current;
    }

    /** Replaces the snapshot. */
    public void set(Metagraph next) {
        this.current = Objects.requireNonNull(next, "next");
    }
}
