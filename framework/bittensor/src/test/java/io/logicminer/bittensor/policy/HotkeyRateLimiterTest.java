package io.logicminer.bittensor.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HotkeyRateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void burstThenRateAndEachHotkeyHasItsOwnBucket() {
        HotkeyRateLimiter limiter = new HotkeyRateLimiter(2, 5, 100);
        long t = 1_000 * SECOND;
        for (int i = 0; i < 5; i++) {
            assertTrue(limiter.take("a", t));
        }
        assertFalse(limiter.peek("a", t));
        assertFalse(limiter.take("a", t));
        assertEquals(0.5, limiter.retryAfterSeconds("a", t), 1e-9);
        assertTrue(limiter.take("b", t), "another hotkey is not affected");
        assertTrue(limiter.take("a", t + SECOND / 2), "2 tokens a second");
        assertFalse(limiter.take("a", t + SECOND / 2));
    }

    @Test
    void peekingNeverSpendsAToken() {
        HotkeyRateLimiter limiter = new HotkeyRateLimiter(1, 1, 100);
        for (int i = 0; i < 1_000; i++) {
            assertTrue(limiter.peek("v", 0));
        }
        assertTrue(limiter.take("v", 0));
        assertFalse(limiter.peek("v", 0));
    }

    @Test
    void bucketsAreBounded() {
        HotkeyRateLimiter limiter = new HotkeyRateLimiter(1, 1, 10);
        assertTrue(limiter.take("first", 0));
        for (int i = 0; i < 100; i++) {
            limiter.take("k" + i, 0);
        }
        assertTrue(limiter.take("first", 0), "forgotten hotkeys start again with a full bucket");
    }
}
