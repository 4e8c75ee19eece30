package io.logicminer.bittensor.verification;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last accepted nonce per dendrite instance ({@code hotkey:uuid}), bounded in time and in size so that a flood of
 * new dendrite identities cannot grow memory.
 *
 * <p>An entry may be forgotten once its nonce has left every possible freshness window ({@code retention} after the
 * later of its arrival and its nonce): a replay of it would then fail the freshness check anyway. Entries are kept in
 * update order, so expired ones are purged from the head in amortised constant time. When the store holds {@code
 * capacity} live entries a new identity is refused (fail closed) rather than evicting a live entry, which would reopen
 * that entry's replay window.
 */
public final class NonceStore {

    /** What {@link #check} found. */
    public enum Check { NEW_IDENTITY, NEWER, NOT_NEWER, FULL }

    private record Entry(long nonce, long expiresAtNanos) {
    }

    private final int capacity;
    private final long retentionNanos;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

    /**
     * @param capacity       hard cap on remembered identities
     * @param retentionNanos how long after max(arrival, nonce) an entry must be kept: the widest freshness window
     */
    public NonceStore(int capacity, long retentionNanos) {
        if (capacity < 1) {
            throw new IllegalArgumentException("nonce store capacity must be at least 1, got " + capacity);
        }
        if (retentionNanos <= 0) {
            throw new IllegalArgumentException("nonce retention must be positive, got " + retentionNanos + " ns");
        }
        this.capacity = capacity;
        this.retentionNanos = retentionNanos;
    }

    /** Classifies {@code nonce} for {@code key} without recording it. */
    public synchronized Check check(String key, long nonce, long nowNanos) {
        purge(nowNanos);
        Entry entry = entries.get(key);
        if (entry == null) {
            return entries.size() >= capacity ? Check.FULL : Check.NEW_IDENTITY;
        }
        return nonce > entry.nonce ? Check.NEWER : Check.NOT_NEWER;
    }

    /**
     * Records {@code nonce} for {@code key} if it is still newer than the stored one and there is room; atomically, so
     * that two concurrent copies of one request cannot both be accepted.
     *
     * @return the outcome; only {@link Check#NEW_IDENTITY} and {@link Check#NEWER} mean it was recorded
     */
    public synchronized Check record(String key, long nonce, long nowNanos) {
        Check check = check(key, nonce, nowNanos);
        if (check == Check.NEW_IDENTITY || check == Check.NEWER) {
            entries.remove(key);
            entries.put(key, new Entry(nonce, Math.max(nowNanos, nonce) + retentionNanos));
        }
        return check;
    }

    /** Live entries (after purging expired ones as of {@code nowNanos}). */
    public synchronized int size(long nowNanos) {
        purge(nowNanos);
        return entries.size();
    }

    public int capacity() {
        return capacity;
    }

    private void purge(long nowNanos) {
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        while (it.hasNext()) {
            if (it.next().getValue().expiresAtNanos - nowNanos <= 0) {
                it.remove();
            } else {
                return;
            }
        }
    }
}
