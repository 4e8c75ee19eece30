package io.logicminer.bittensor.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NonceStoreTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void floodOfNewInstancesFromOneHotkeyNeverPushesOutAnothersEntries() {
        NonceStore store = new NonceStore(64, 100, 300 * SECOND);
        long now = 1_700_000_000L * SECOND;
        assertEquals(NonceStore.Check.NEW_IDENTITY, store.record("validator", "uuid-v", now, now));
        for (int i = 0; i < 200_000; i++) {
            assertEquals(NonceStore.Check.NEW_IDENTITY, store.record("flooder", "uuid" + i, now + i, now + i),
                "the flooder is never refused: it evicts its own oldest instance");
            assertTrue(store.size("flooder", now + i) <= 64);
        }
        assertEquals(64, store.size("flooder", now + 200_000));
        assertEquals(1, store.size("validator", now + 200_000));
        assertEquals(NonceStore.Check.NOT_NEWER, store.check("validator", "uuid-v", now, now + 200_000),
            "the validator's last nonce is still remembered: a replay is refused");
        assertEquals(NonceStore.Check.NEW_IDENTITY, store.record("validator", "uuid-new", now + 300_000,
            now + 300_000), "a validator's new dendrite is accepted during the flood");
        assertEquals(66, store.size(now + 300_000));
    }

    @Test
    void floodOfNewHotkeysStaysWithinTheHotkeyBound() {
        NonceStore store = new NonceStore(4, 1_000, 300 * SECOND);
        long now = 1_700_000_000L * SECOND;
        for (int i = 0; i < 100_000; i++) {
            assertEquals(NonceStore.Check.NEW_IDENTITY, store.record("stranger" + i, "u", now + i, now + i));
        }
        assertEquals(1_000, store.hotkeys());
        assertEquals(1_000, store.size(now + 100_000));
    }

    @Test
    void expiredEntriesAreForgotten() {
        NonceStore store = new NonceStore(10, 10, 10 * SECOND);
        long now = 1_700_000_000L * SECOND;
        for (int i = 0; i < 10; i++) {
            store.record("k" + i, "u", now, now);
        }
        assertEquals(10, store.size(now + 5 * SECOND));
        long later = now + 11 * SECOND;
        assertEquals(NonceStore.Check.NEW_IDENTITY, store.record("new", "u", later, later));
        assertEquals(1, store.size(later));
        assertEquals(1, store.hotkeys());
    }

    @Test
    void replaysOfOneIdentityNeverGrowTheStore() {
        NonceStore store = new NonceStore(10, 10, 10 * SECOND);
        long now = 1_700_000_000L * SECOND;
        assertEquals(NonceStore.Check.NEW_IDENTITY, store.record("v", "u", now, now));
        for (int i = 0; i < 100_000; i++) {
            assertEquals(NonceStore.Check.NOT_NEWER, store.record("v", "u", now, now + i));
        }
        assertEquals(NonceStore.Check.NEWER, store.record("v", "u", now + 1, now + 1));
        assertEquals(1, store.size(now + 1));
    }

    @Test
    void aRenewedEntryMovesToTheBackAndOutlivesOlderOnes() {
        NonceStore store = new NonceStore(10, 10, 10 * SECOND);
        long t0 = 1_700_000_000L * SECOND;
        store.record("h", "a", t0, t0);
        store.record("h", "b", t0 + SECOND, t0 + SECOND);
        store.record("h", "a", t0 + 5 * SECOND, t0 + 5 * SECOND);
        assertEquals(1, store.size(t0 + 12 * SECOND));
        assertEquals(NonceStore.Check.NOT_NEWER, store.check("h", "a", t0 + 5 * SECOND, t0 + 12 * SECOND));
    }
}
