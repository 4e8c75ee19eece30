package io.logicminer.subtensor.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReconnectPolicyTest {

    @Test
    void delaysDoubleUpToTheCap() {
        ReconnectPolicy policy = new ReconnectPolicy(Duration.ofMillis(250), Duration.ofSeconds(30), 2.0, 0.0);
        assertEquals(250, policy.delayBeforeAttempt(1).toMillis());
        assertEquals(500, policy.delayBeforeAttempt(2).toMillis());
        assertEquals(1000, policy.delayBeforeAttempt(3).toMillis());
        assertEquals(16_000, policy.delayBeforeAttempt(7).toMillis());
        assertEquals(30_000, policy.delayBeforeAttempt(8).toMillis());
        assertEquals(30_000, policy.delayBeforeAttempt(10_000).toMillis());
    }

    @Test
    void jitterStaysWithinItsBand() {
        for (int i = 0; i < 1000; i++) {
            long millis = ReconnectPolicy.DEFAULT.delayBeforeAttempt(20).toMillis();
            assertTrue(millis >= 24_000 && millis <= 36_000, "delay " + millis);
        }
    }

    @Test
    void nonsenseIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new ReconnectPolicy(Duration.ZERO, Duration.ofSeconds(1), 2.0, 0.0));
        assertThrows(IllegalArgumentException.class,
                () -> new ReconnectPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 2.0, 0.0));
        assertThrows(IllegalArgumentException.class,
                () -> new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(2), 0.5, 0.0));
        assertThrows(IllegalArgumentException.class,
                () -> new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(2), 2.0, 1.0));
    }
}
