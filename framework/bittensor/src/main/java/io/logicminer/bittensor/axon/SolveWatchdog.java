package io.logicminer.bittensor.axon;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The guard behind the handler's own deadline: the handler runs on the request's thread (no second hop), and if it
 * has not returned by its deadline plus a grace, this interrupts that thread so the validator still gets a reply
 * before its timeout. One timer thread for the axon; arming costs a queue insertion.
 */
final class SolveWatchdog implements AutoCloseable {

    private final ScheduledThreadPoolExecutor timer;

    SolveWatchdog() {
        timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "axon-deadline-guard");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /** Interrupts the calling thread after {@code delayNanos} unless the returned guard is disarmed first. */
    Guard arm(long delayNanos) {
        Guard guard = new Guard(Thread.currentThread());
        guard.task = timer.schedule(guard::fire, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
        return guard;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** One armed deadline. */
    static final class Guard {
        private final Thread thread;
        private ScheduledFuture<?> task;
        private boolean done;
        private boolean fired;

        private Guard(Thread thread) {
            this.thread = thread;
        }

        private synchronized void fire() {
            if (!done) {
                fired = true;
                thread.interrupt();
            }
        }

        /**
         * Called by the guarded thread when its handler returned; clears an interrupt the guard delivered.
         *
         * @return whether the guard fired
         */
        boolean disarm() {
            synchronized (this) {
                done = true;
            }
            task.cancel(false);
            if (fired) {
                Thread.interrupted();
            }
            return fired;
        }
    }
}
