package io.logicminer.subtensor.rpc;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names the client's threads and remembers them, so that close() can be checked to leave none running (OkHttp renames
 * its dispatcher threads while they run a call, so a name prefix alone cannot find them).
 */
final class OwnedThreadFactory implements ThreadFactory {
    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();
    private final Set<Thread> created = ConcurrentHashMap.newKeySet();

    OwnedThreadFactory(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
        thread.setDaemon(true);
        created.add(thread);
        return thread;
    }

    ThreadFactory named(String role) {
        OwnedThreadFactory parent = this;
        AtomicInteger roleCount = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + role + "-" + roleCount.incrementAndGet());
            thread.setDaemon(true);
            parent.created.add(thread);
            return thread;
        };
    }

    List<Thread> alive() {
        return created.stream().filter(Thread::isAlive).toList();
    }
}
