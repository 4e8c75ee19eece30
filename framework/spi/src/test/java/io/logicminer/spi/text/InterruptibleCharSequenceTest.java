package io.logicminer.spi.text;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterruptibleCharSequenceTest {

    /** Backtracks exponentially on a run of a's that does not end in b. */
    private static final Pattern CATASTROPHIC = Pattern.compile("(a+)+b");
    private static final String RUNAWAY_INPUT = "a".repeat(64) + "c";

    @Test
    void readsLikeTheTextItWraps() {
        CharSequence view = InterruptibleCharSequence.of("the answer is 42");
        Matcher m = Pattern.compile("(\\d+)").matcher(view);
        assertTrue(m.find());
        assertEquals("42", m.group(1));
        assertEquals(16, view.length());
        assertEquals("answer", view.subSequence(4, 10).toString());
        assertEquals("the answer is 42", view.toString());
    }

    @Test
    void aPassedDeadlineStopsARunawayRegex() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        CharSequence view = InterruptibleCharSequence.until(RUNAWAY_INPUT, clock.instant().minusSeconds(1), clock, 64);
        TextScanAbortedException e = assertThrows(TextScanAbortedException.class,
                () -> CATASTROPHIC.matcher(view).find());
        assertFalse(e.interrupted());
    }

    @Test
    void anInterruptStopsARunawayRegexOnAnotherThreadAndTheFlagStaysSet() throws Exception {
        CompletableFuture<Boolean> flagAfter = new CompletableFuture<>();
        CompletableFuture<TextScanAbortedException> thrown = new CompletableFuture<>();
        Pattern absent = Pattern.compile("zz");
        CharSequence text = InterruptibleCharSequence.of("a".repeat(1 << 16));
        Thread worker = Thread.ofPlatform().start(() -> {
            try {
                while (!absent.matcher(text).find()) {
                    Thread.onSpinWait(); // scans until stopped, as a runaway regex does
                }
                thrown.complete(null);
            } catch (TextScanAbortedException e) {
                thrown.complete(e);
            }
            flagAfter.complete(Thread.currentThread().isInterrupted());
        });
        worker.interrupt();
        TextScanAbortedException e = thrown.get(30, TimeUnit.SECONDS); // hang guard only
        assertTrue(e != null && e.interrupted(), "the scan must stop with an interrupted abort");
        assertTrue(flagAfter.get(30, TimeUnit.SECONDS));
        worker.join();
    }

    @Test
    void subSequencesShareTheBudget() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        CharSequence view = InterruptibleCharSequence.until("x".repeat(100), clock.instant(), clock, 1);
        assertThrows(TextScanAbortedException.class, () -> view.subSequence(0, 50).charAt(3));
    }

    @Test
    void aFutureDeadlineLetsTheScanFinish() {
        CharSequence view = InterruptibleCharSequence.within("a".repeat(10) + "b", Duration.ofHours(1));
        assertTrue(CATASTROPHIC.matcher(view).matches());
    }

    @Test
    void rejectsABadInterval() {
        assertThrows(IllegalArgumentException.class,
                () -> InterruptibleCharSequence.until("x", Instant.now(), Clock.systemUTC(), 0));
    }
}
