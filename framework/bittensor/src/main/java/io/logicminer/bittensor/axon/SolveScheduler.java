package io.logicminer.bittensor.axon;

import java.util.Comparator;
import java.util.TreeSet;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded number of concurrent solves behind a bounded priority queue (priority = validator stake, ties first come
 * first served). A request that finds every slot busy waits in the queue; when the queue is full the lowest-priority
 * waiter is turned away — the newcomer itself unless it outranks someone already waiting, who is then evicted. Every
 * refusal is immediate (the axon answers 503); a waiter whose deadline passes leaves the queue (408).
 */
final class SolveScheduler {

    enum Outcome { GRANTED, QUEUE_FULL, EVICTED, EXPIRED }

    final class Ticket {
        final double priority;
        final long sequence;
        final Condition turn = lock.newCondition();
        Outcome state;

        Ticket(double priority, long sequence) {
            this.priority = priority;
            this.sequence = sequence;
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final int maxConcurrent;
    private final int queueCapacity;
    private final TreeSet<Ticket> waiting = new TreeSet<>(
        Comparator.<Ticket>comparingDouble(t -> -t.priority).thenComparingLong(t -> t.sequence));
    private long sequence;
    private int running;

    SolveScheduler(int maxConcurrent, int queueCapacity) {
        if (maxConcurrent < 1 || queueCapacity < 0) {
            throw new IllegalArgumentException("axon.max_concurrent must be >= 1 and axon.queue_capacity >= 0, got "
                + maxConcurrent + " and " + queueCapacity);
        }
        this.maxConcurrent = maxConcurrent;
        this.queueCapacity = queueCapacity;
    }

    /**
     * Waits for a slot until {@code deadlineNanos} (System.nanoTime). On {@link Outcome#GRANTED} the caller must
     * {@link #release()} when its solve ends.
     */
    Outcome acquire(double priority, long deadlineNanos) throws InterruptedException {
        lock.lock();
        try {
            if (running < maxConcurrent && waiting.isEmpty()) {
                running++;
                return Outcome.GRANTED;
            }
            Ticket ticket = new Ticket(priority, sequence++);
            if (waiting.size() >= queueCapacity) {
                Ticket lowest = waiting.isEmpty() ? null : waiting.last();
                if (lowest == null || lowest.priority >= priority) {
                    return Outcome.QUEUE_FULL;
                }
                waiting.remove(lowest);
                lowest.state = Outcome.EVICTED;
                lowest.turn.signal();
            }
            waiting.add(ticket);
            try {
                while (ticket.state == null) {
                    long left = deadlineNanos - System.nanoTime();
                    if (left <= 0) {
                        waiting.remove(ticket);
                        return Outcome.EXPIRED;
                    }
                    ticket.turn.awaitNanos(left);
                }
            } catch (InterruptedException e) {
                if (!waiting.remove(ticket) && ticket.state == Outcome.GRANTED) {
                    releaseLocked();
                }
                throw e;
            }
            return ticket.state;
        } finally {
            lock.unlock();
        }
    }

    /** Frees a slot and hands it to the highest-priority waiter. */
    void release() {
        lock.lock();
        try {
            releaseLocked();
        } finally {
            lock.unlock();
        }
    }

    private void releaseLocked() {
        running--;
        Ticket next = waiting.pollFirst();
        if (next != null) {
            running++;
            next.state = Outcome.GRANTED;
            next.turn.signal();
        }
    }

    int queued() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    int running() {
        lock.lock();
        try {
            return running;
        } finally {
            lock.unlock();
        }
    }
}
