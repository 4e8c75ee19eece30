package io.logicminer.bittensor.axon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class SolveSchedulerTest {

    private static final long FAR = Long.MAX_VALUE / 2;

    private static void awaitQueued(SolveScheduler scheduler, int count) {
        while (scheduler.queued() < count) {
            Thread.onSpinWait();
        }
    }

    @Test
    void higherStakeIsServedFirstAndEvictsTheLowestWhenFull() throws Exception {
        SolveScheduler scheduler = new SolveScheduler(1, 2);
        assertEquals(SolveScheduler.Outcome.GRANTED, scheduler.acquire(1, FAR));
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture<SolveScheduler.Outcome> low = CompletableFuture.supplyAsync(() -> acquire(scheduler, 10),
                threads);
            awaitQueued(scheduler, 1);
            CompletableFuture<SolveScheduler.Outcome> mid = CompletableFuture.supplyAsync(() -> acquire(scheduler, 50),
                threads);
            awaitQueued(scheduler, 2);
            assertEquals(SolveScheduler.Outcome.QUEUE_FULL, scheduler.acquire(5, FAR), "lowest newcomer refused");
            CompletableFuture<SolveScheduler.Outcome> high = CompletableFuture.supplyAsync(
                () -> acquire(scheduler, 100), threads);
            assertEquals(SolveScheduler.Outcome.EVICTED, low.get());
            awaitQueued(scheduler, 2);
            scheduler.release();
            assertEquals(SolveScheduler.Outcome.GRANTED, high.get());
            scheduler.release();
            assertEquals(SolveScheduler.Outcome.GRANTED, mid.get());
            scheduler.release();
            assertEquals(0, scheduler.running());
        }
    }

    @Test
    void waiterWhoseDeadlinePassesLeavesTheQueue() throws Exception {
        SolveScheduler scheduler = new SolveScheduler(1, 4, 0, 1);
        scheduler.acquire(1, FAR);
        assertEquals(SolveScheduler.Outcome.EXPIRED, scheduler.acquire(1, System.nanoTime() + 20_000_000L));
        assertEquals(0, scheduler.queued());
    }

    @Test
    void requestThatCannotStartInTimeIsRefusedAtOnceWithoutQueueing() throws Exception {
        long second = 1_000_000_000L;
        SolveScheduler scheduler = new SolveScheduler(2, 64, second, 10 * second);
        assertEquals(SolveScheduler.Outcome.GRANTED, scheduler.acquire(1, FAR));
        assertEquals(SolveScheduler.Outcome.GRANTED, scheduler.acquire(1, FAR));
        // Both slots busy, solves take ~10 s: the first in line expects 5 s, and needs 1 s of budget after that.
        assertEquals(SolveScheduler.Outcome.CANNOT_FINISH, scheduler.acquire(1, System.nanoTime() + 3 * second));
        assertEquals(0, scheduler.queued());
        assertEquals(5.0, scheduler.expectedWaitSeconds(), 1e-9);
        // Measured solves of 1 s pull the estimate down (moving average, weight 0.2).
        for (int i = 0; i < 40; i++) {
            scheduler.release(second);
            assertEquals(SolveScheduler.Outcome.GRANTED, scheduler.acquire(1, FAR));
        }
        assertEquals(1.0, scheduler.solveSeconds(), 0.01);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture<SolveScheduler.Outcome> waiter = CompletableFuture.supplyAsync(
                () -> acquireBy(scheduler, 1, System.nanoTime() + 60 * second), threads);
            awaitQueued(scheduler, 1);
            scheduler.release(second);
            assertEquals(SolveScheduler.Outcome.GRANTED, waiter.get());
        }
    }

    private static SolveScheduler.Outcome acquireBy(SolveScheduler scheduler, double priority, long deadline) {
        try {
            return scheduler.acquire(priority, deadline);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static SolveScheduler.Outcome acquire(SolveScheduler scheduler, double priority) {
        try {
            return scheduler.acquire(priority, FAR);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
