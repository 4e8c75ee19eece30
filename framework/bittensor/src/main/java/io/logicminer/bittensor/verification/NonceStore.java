package io.logicminer.bittensor.verification;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last accepted nonce per dendrite instance ({@code hotkey} + {@code uuid}), kept per hotkey so that no hotkey can
 * push out another's entries.
 *
 * <p>Each hotkey has its own small table of at most {@code perHotkey} dendrite instances, in update order: a hotkey
 * that starts more instances than that evicts its own least recently used one, never anyone else's. (Evicting a live
 * entry only lets a replay of that instance's last request through while its nonce is still fresh, and only the hotkey
 * itself, signing, can cause it.) The number of hotkeys is bounded too ({@code maxHotkeys}); past it the hotkey idle
 * the longest is forgotten whole. For metagraph hotkeys the bound is never reached (a subnet has 256 uids); for
 * strangers, who may only ask the never-blacklisted Information route, it keeps a flood of throwaway keys in a fixed
 * amount of memory without locking anyone out.
 *
 * <p>An entry may be forgotten once its nonce has left every possible freshness window ({@code retention} after the
 * later of its arrival and its nonce): a replay of it would then fail the freshness check anyway.
 */
public final class NonceStore {

    /** What {@link #check} found. */
    public enum Check { NEW_IDENTITY, NEWER, NOT_NEWER }

    private record Entry(long nonce, long expiresAtNanos) {
    }

    /** One hotkey's dendrite instances, oldest update first. */
    private static final class Instances {
        final LinkedHashMap<String, Entry> byUuid = new LinkedHashMap<>();
        long expiresAtNanos;
    }

    private final int perHotkey;
    private final int maxHotkeys;
    private final long retentionNanos;
    /** Hotkeys in order of their last update (access order), so the idle ones are at the head. */
    private final LinkedHashMap<String, Instances> hotkeys = new LinkedHashMap<>(64, 0.75f, true);
    private int entries;

    /**
     * @param perHotkey      dendrite instances remembered per hotkey
     * @param maxHotkeys     hotkeys remembered at most
     * @param retentionNanos how long after max(arrival, nonce) an entry must be kept: the widest freshness window
     */
    public NonceStore(int perHotkey, int maxHotkeys, long retentionNanos) {
        if (perHotkey < 1 || maxHotkeys < 1) {
            throw new IllegalArgumentException("nonce store bounds must be at least 1, got " + perHotkey + " per hotkey"
                + " and " + maxHotkeys + " hotkeys");
        }
        if (retentionNanos <= 0) {
            throw new IllegalArgumentException("nonce retention must be positive, got " + retentionNanos + " ns");
        }
        this.perHotkey = perHotkey;
        this.maxHotkeys = maxHotkeys;
        this.retentionNanos = retentionNanos;
    }

    /** Classifies {@code nonce} for the instance without recording it. */
    public synchronized Check check(String hotkey, String uuid, long nonce, long nowNanos) {
        Instances instances = hotkeys.get(hotkey);
        if (instances == null) {
            return Check.NEW_IDENTITY;
        }
        purge(instances, nowNanos);
        Entry entry = instances.byUuid.get(uuid);
        if (entry == null) {
            return Check.NEW_IDENTITY;
        }
        return nonce > entry.nonce ? Check.NEWER : Check.NOT_NEWER;
    }

    /**
     * Records {@code nonce} if it is still newer than the stored one; atomically, so that two concurrent copies of one
     * request cannot both be accepted.
     *
     * @return the outcome; {@link Check#NEW_IDENTITY} and {@link Check#NEWER} mean it was recorded
     */
    public synchronized Check record(String hotkey, String uuid, long nonce, long nowNanos) {
        purgeHotkeys(nowNanos);
        Check check = check(hotkey, uuid, nonce, nowNanos);
        if (check == Check.NOT_NEWER) {
            return check;
        }
        Instances instances = hotkeys.computeIfAbsent(hotkey, k -> new Instances());
        if (instances.byUuid.remove(uuid) == null) {
            entries++;
            if (instances.byUuid.size() >= perHotkey) {
                Iterator<Entry> oldest = instances.byUuid.values().iterator();
                oldest.next();
                oldest.remove();
                entries--;
            }
        }
        long expires = Math.max(nowNanos, nonce) + retentionNanos;
        instances.byUuid.put(uuid, new Entry(nonce, expires));
        instances.expiresAtNanos = Math.max(instances.expiresAtNanos, expires);
        if (hotkeys.size() > maxHotkeys) {
            Iterator<Instances> idlest = hotkeys.values().iterator();
            entries -= idlest.next().byUuid.size();
            idlest.remove();
        }
        return check;
    }

    /** Live entries of every hotkey (after purging expired ones as of {@code nowNanos}). */
    public synchronized int size(long nowNanos) {
        purgeHotkeys(nowNanos);
        for (Instances instances : hotkeys.values()) {
            purge(instances, nowNanos);
        }
        return entries;
    }

    /** Live entries of one hotkey. */
    public synchronized int size(String hotkey, long nowNanos) {
        Instances instances = hotkeys.get(hotkey);
        if (instances == null) {
            return 0;
        }
        purge(instances, nowNanos);
        return instances.byUuid.size();
    }

    /** Hotkeys remembered. */
    public synchronized int hotkeys() {
        return hotkeys.size();
    }

    private void purge(Instances instances, long nowNanos) {
        Iterator<Entry> it = instances.byUuid.values().iterator();
        while (it.hasNext()) {
            if (it.next().expiresAtNanos - nowNanos <= 0) {
                it.remove();
                entries--;
            } else {
                return;
            }
        }
    }

    /** Drops hotkeys whose every entry has expired, from the idle end. */
    private void purgeHotkeys(long nowNanos) {
        Iterator<Instances> it = hotkeys.values().iterator();
        while (it.hasNext()) {
            Instances instances = it.next();
            if (instances.expiresAtNanos - nowNanos <= 0) {
                entries -= instances.byUuid.size();
                it.remove();
            } else {
                return;
            }
        }
    }
}
