package io.logicminer.bittensor.axon;

import java.util.Comparator;
import java.util.TreeSet;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded number of concurrent solves behind a bounded, stake-ordered, deadline-aware queue.
 *
 * <p>Priority is the validator's stake (ties first come, first served). A request that finds every slot busy is
 * admitted only if it can expect to start with at least {@code minBudget} left before its deadline: the expected wait
 * of the k-th in line is {@code (k + 1) × solveTime / maxConcurrent}, where solveTime is an exponentially weighted
 * moving average (weight {@value #ALPHA}) of recent solve durations — slots free up at about {@code maxConcurrent /
 * solveTime} a second. Otherwise it is refused at once ({@link Outcome#CANNOT_FINISH}, the axon answers 503) instead
 * of waiting to time out. When the queue is full the lowest-priority waiter is turned away — the newcomer itself
 * unless it outranks someone already waiting, who is then evicted. A waiter still queued when only {@code minBudget}
 * is left gives up ({@link Outcome#EXPIRED}).
 */
final class SolveScheduler {

    /** Weight of the newest solve duration in the moving average. */
    static final double ALPHA = 0.2;

    enum Outcome { GRANTED, QUEUE_FULL, EVICTED, CANNOT_FINISH, EXPIRED }

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
    private final long minBudgetNanos;
    private final TreeSet<Ticket> waiting = new TreeSet<>(
        Comparator.<Ticket>comparingDouble(t -> -t.priority).thenComparingLong(t -> t.sequence));
    private long sequence;
    private int running;
    private double solveNanos;

    /**
     * @param minBudgetNanos    least time a request must expect to have left when its solve starts
     * @param initialSolveNanos solve duration assumed until one was measured
     */
    SolveScheduler(int maxConcurrent, int queueCapacity, long minBudgetNanos, long initialSolveNanos) {
        if (maxConcurrent < 1 || queueCapacity < 0) {
            throw new IllegalArgumentException("axon.max_concurrent must be >= 1 and axon.queue_capacity >= 0, got "
                + maxConcurrent + " and " + queueCapacity);
        }
        this.maxConcurrent = maxConcurrent;
        this.queueCapacity = queueCapacity;
        this.minBudgetNanos = Math.max(0, minBudgetNanos);
        this.solveNanos = Math.max(1, initialSolveNanos);
    }

    SolveScheduler(int maxConcurrent, int queueCapacity) {
        this(maxConcurrent, queueCapacity, 0, 1_000_000_000L);
    }

    /**
     * Waits for a slot for a request due by {@code deadlineNanos} (System.nanoTime). On {@link Outcome#GRANTED} the
     * caller must {@link #release(long)} when its solve ends.
     */
    Outcome acquire(double priority, long deadlineNanos) throws InterruptedException {
        long giveUp = deadlineNanos - minBudgetNanos;
        lock.lock();
        try {
            if (running < maxConcurrent && waiting.isEmpty()) {
                running++;
                return Outcome.GRANTED;
            }
            Ticket ticket = new Ticket(priority, sequence++);
            int ahead = waiting.headSet(ticket).size();
            long expectedWait = (long) ((ahead + 1) * solveNanos / maxConcurrent);
            if (System.nanoTime() + expectedWait - giveUp > 0) {
                return Outcome.CANNOT_FINISH;
            }
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
                    long left = giveUp - System.nanoTime();
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

    /** Frees a slot, records how long its solve took, and hands the slot to the highest-priority waiter. */
    void release(long tookNanos) {
        lock.lock();
        try {
            if (tookNanos >= 0) {
                solveNanos = ALPHA * tookNanos + (1 - ALPHA) * solveNanos;
            }
            releaseLocked();
        } finally {
            lock.unlock();
        }
    }

    /** Frees a slot without a measurement. */
    void release() {
        release(-1);
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

    /** The moving average of solve durations, in seconds. */
    double solveSeconds() {
        lock.lock();
        try {
            return solveNanos / 1e9;
        } finally {
            lock.unlock();
        }
    }

    /** Expected wait of a newcomer at the back of the queue, in seconds (0 when a slot is free). */
    double expectedWaitSeconds() {
        lock.lock();
        try {
            if (running < maxConcurrent && waiting.isEmpty()) {
                return 0;
            }
            return (waiting.size() + 1) * solveNanos / maxConcurrent / 1e9;
        } finally {
            lock.unlock();
        }
    }
}
