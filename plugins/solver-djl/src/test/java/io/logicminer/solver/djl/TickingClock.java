package io.logicminer.solver.djl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves one tick forward each time it is read: deadlines fall at a known read, without sleeping. */
final class TickingClock extends Clock {

    private final Instant start;
    private final Duration tick;
    private final AtomicLong reads = new AtomicLong();

    TickingClock(Instant start, Duration tick) {
        this.start = start;
        this.tick = tick;
    }

    long reads() {
        return reads.get();
    }

    @Override
    public Instant instant() {
        return start.plus(tick.multipliedBy(reads.getAndIncrement()));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
