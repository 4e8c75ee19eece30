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
        SolveScheduler scheduler = new SolveScheduler(1, 4);
        scheduler.acquire(1, FAR);
        assertEquals(SolveScheduler.Outcome.EXPIRED, scheduler.acquire(1, System.nanoTime()));
        assertEquals(0, scheduler.queued());
    }

    private static SolveScheduler.Outcome acquire(SolveScheduler scheduler, double priority) {
        try {
            return scheduler.acquire(priority, FAR);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
