package io.logicminer.spi.text;

import java.util.concurrent.CancellationException;

/**
 * Thrown from {@link InterruptibleCharSequence#charAt} when the scanning thread was interrupted or the scan's
 * deadline passed. Unchecked (a {@link CharSequence} cannot throw checked exceptions), and a
 * {@link CancellationException} so generic code already treats it as "the work was called off". When the cause is
 * an interrupt, the thread's interrupt flag is left set.
 */
public final class TextScanAbortedException extends CancellationException {

    private final boolean interrupted;

    TextScanAbortedException(boolean interrupted, String message) {
        super(message);
        this.interrupted = interrupted;
    }

    /** True when the thread was interrupted; false when the deadline passed. */
    public boolean interrupted() {
        return interrupted;
    }
}
