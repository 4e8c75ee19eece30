package io.logicminer.bittensor.policy;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-validator request counting in fixed windows, as the reference miner's {@code check_limit}: a uid's window starts
 * at its first request; after {@code interval} the next request starts a new window; a request is over the limit when
 * it is the (limit+1)-th or later in its window. Memory is one entry per uid that was ever served (at most the subnet
 * size), since only metagraph uids reach it.
 */
public final class VolumeLimiter {

    private static final class Window {
        long startNanos;
        int count;
    }

    private final long intervalNanos;
    private final ConcurrentHashMap<Integer, Window> windows = new ConcurrentHashMap<>();

    public VolumeLimiter(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    /**
     * Counts one request of {@code uid} at {@code nowNanos} (a monotonic clock).
     *
     * @return true when it is within {@code limit}
     */
    public boolean tryAcquire(int uid, int limit, long nowNanos) {
        Window window = windows.computeIfAbsent(uid, u -> {
            Window w = new Window();
            w.startNanos = nowNanos;
            return w;
        });
        synchronized (window) {
            if (window.count > 0 && nowNanos - window.startNanos > intervalNanos) {
                window.startNanos = nowNanos;
                window.count = 0;
            }
            window.count++;
            return window.count <= limit;
        }
    }

    /** Requests counted in {@code uid}'s current window. */
    public int used(int uid) {
        Window window = windows.get(uid);
        if (window == null) {
            return 0;
        }
        synchronized (window) {
            return window.count;
        }
    }
}
