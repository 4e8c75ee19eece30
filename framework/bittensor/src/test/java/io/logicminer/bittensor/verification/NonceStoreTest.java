package io.logicminer.bittensor.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NonceStoreTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void floodOfNewIdentitiesStaysWithinTheCapAndIsRefusedWhenFull() {
        NonceStore store = new NonceStore(1_000, 10 * SECOND);
        long now = 1_700_000_000L * SECOND;
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 200_000; i++) {
            NonceStore.Check check = store.record("hotkey" + i + ":uuid", now + i, now + i);
            if (check == NonceStore.Check.NEW_IDENTITY) {
                accepted++;
            } else {
                assertEquals(NonceStore.Check.FULL, check);
                refused++;
            }
            assertTrue(store.size(now + i) <= 1_000);
        }
        assertEquals(1_000, accepted);
        assertEquals(199_000, refused);
    }

    @Test
    void expiredEntriesMakeRoomAgain() {
        NonceStore store = new NonceStore(10, 10 * SECOND);
        long now = 1_700_000_000L * SECOND;
        for (int i = 0; i < 10; i++) {
            store.record("k" + i, now, now);
        }
        assertEquals(NonceStore.Check.FULL, store.check("new", now, now + 5 * SECOND));
        long later = now + 11 * SECOND;
        assertEquals(NonceStore.Check.NEW_IDENTITY, store.record("new", later, later));
        assertEquals(1, store.size(later));
    }

    @Test
    void replaysOfOneIdentityNeverGrowTheStore() {
        NonceStore store = new NonceStore(10, 10 * SECOND);
        long now = 1_700_000_000L * SECOND;
        assertEquals(NonceStore.Check.NEW_IDENTITY, store.record("v:u", now, now));
        for (int i = 0; i < 100_000; i++) {
            assertEquals(NonceStore.Check.NOT_NEWER, store.record("v:u", now, now + i));
        }
        assertEquals(NonceStore.Check.NEWER, store.record("v:u", now + 1, now + 1));
        assertEquals(1, store.size(now + 1));
    }

    @Test
    void aRenewedEntryMovesToTheBackAndOutlivesOlderOnes() {
        NonceStore store = new NonceStore(10, 10 * SECOND);
        long t0 = 1_700_000_000L * SECOND;
        store.record("a", t0, t0);
        store.record("b", t0 + SECOND, t0 + SECOND);
        store.record("a", t0 + 5 * SECOND, t0 + 5 * SECOND);
        assertEquals(1, store.size(t0 + 12 * SECOND));
        assertEquals(NonceStore.Check.NOT_NEWER, store.check("a", t0 + 5 * SECOND, t0 + 12 * SECOND));
    }
}
