package io.logicminer.spi.text;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A read-only view of a {@link CharSequence} that stops a long scan: every {@value #DEFAULT_CHECK_EVERY} calls of
 * {@link #charAt} (or a chosen interval) it checks whether the current thread was interrupted or the deadline
 * passed, and then throws {@link TextScanAbortedException}.
 *
 * <p>A {@link java.util.regex.Matcher} reads its input only through {@code charAt}, so wrapping the input bounds a
 * backtracking regex by the solve's deadline and lets the host's interrupt stop it:
 *
 * <pre>{@code
 * Matcher m = PATTERN.matcher(InterruptibleCharSequence.until(question, challenge.deadline()));
 * try {
 *     if (m.find()) { ... }
 * } catch (TextScanAbortedException e) {
 *     return Solution.timedOut(name(), "", "the scan was stopped: " + e.getMessage());
 * }
 * }</pre>
 *
 * <p>The check costs one counter decrement per character read and one clock read per interval. Sub-sequences share
 * the parent's counter and deadline. Not thread-safe: one instance per scanning thread (sharing one only makes the
 * checks less regular). Depends on nothing but the JDK.
 */
public final class InterruptibleCharSequence implements CharSequence {

    /** Characters read between two checks unless another interval is chosen. */
    public static final int DEFAULT_CHECK_EVERY = 1024;

    private static final long NO_DEADLINE = Long.MAX_VALUE;

    private final CharSequence text;
    private final Budget budget;

    private InterruptibleCharSequence(CharSequence text, Budget budget) {
        this.text = text;
        this.budget = budget;
    }

    /** A view that stops on an interrupt of the reading thread only. */
    public static InterruptibleCharSequence of(CharSequence text) {
        return new InterruptibleCharSequence(Objects.requireNonNull(text, "text"),
                new Budget(NO_DEADLINE, DEFAULT_CHECK_EVERY));
    }

    /** A view that stops on an interrupt or once {@code deadline} (system clock) has passed. */
    public static InterruptibleCharSequence until(CharSequence text, Instant deadline) {
        return until(text, deadline, Clock.systemUTC(), DEFAULT_CHECK_EVERY);
    }

    /**
     * A view that stops on an interrupt or once {@code deadline} has passed on {@code clock}, checking every
     * {@code checkEvery} characters read.
     *
     * @throws IllegalArgumentException when {@code checkEvery} is below 1
     */
    public static InterruptibleCharSequence until(CharSequence text, Instant deadline, Clock clock, int checkEvery) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(clock, "clock");
        if (checkEvery < 1) {
            throw new IllegalArgumentException("checkEvery must be at least 1, got " + checkEvery);
        }
        // The deadline is turned into a System.nanoTime() instant once, so each check is a cheap monotonic read.
        long left = Duration.between(clock.instant(), deadline).toNanos();
        long now = System.nanoTime();
        long at = left <= 0 ? now : (now + left < now ? NO_DEADLINE - 1 : now + left);
        return new InterruptibleCharSequence(text, new Budget(at, checkEvery));
    }

    /** A view that stops on an interrupt or after {@code budget} from now. */
    public static InterruptibleCharSequence within(CharSequence text, Duration budget) {
        Objects.requireNonNull(budget, "budget");
        return until(text, Clock.systemUTC().instant().plus(budget));
    }

    @Override
    public char charAt(int index) {
        if (--budget.untilCheck <= 0) {
            budget.check();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new InterruptibleCharSequence(text.subSequence(start, end), budget);
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** Shared by a view and its sub-sequences. */
    private static final class Budget {
        private final long deadlineNanos;
        private final int checkEvery;
        private int untilCheck;

        Budget(long deadlineNanos, int checkEvery) {
            this.deadlineNanos = deadlineNanos;
            this.checkEvery = checkEvery;
            this.untilCheck = checkEvery;
        }

        void check() {
            untilCheck = checkEvery;
            if (Thread.currentThread().isInterrupted()) {
                throw new TextScanAbortedException(true, "the text scan was interrupted");
            }
            if (deadlineNanos != NO_DEADLINE && System.nanoTime() - deadlineNanos >= 0) {
                throw new TextScanAbortedException(false, "the text scan ran past its deadline");
            }
        }
    }
}
