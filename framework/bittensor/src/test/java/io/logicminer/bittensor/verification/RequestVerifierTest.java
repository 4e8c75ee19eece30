package io.logicminer.bittensor.verification;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.logicminer.bittensor.crypto.Hex;
import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.bittensor.synapse.BodyHash;
import io.logicminer.bittensor.synapse.Synapse;
import io.logicminer.bittensor.synapse.TerminalInfo;
import io.logicminer.bittensor.testing.EchoSynapse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RequestVerifierTest {

    private static final long SECOND = 1_000_000_000L;
    private static final Sr25519Keypair AXON = Sr25519Keypair.fromUri("//Axon");
    private static final Sr25519Keypair CALLER = Sr25519Keypair.fromUri("//Caller");

    private final AtomicLong now = new AtomicLong(1_700_000_000L * SECOND);
    private final RequestVerifier verifier = new RequestVerifier(AXON.ss58Address(), new Sr25519HotkeyVerifier(),
        now::get, 300, 30, 100, 10);

    private Synapse signed(long nonce, String uuid, Long version, double timeout) {
        String message = RequestVerifier.message(nonce, CALLER.ss58Address(), AXON.ss58Address(), uuid,
            BodyHash.EMPTY);
        String signature = Hex.encodePrefixed(CALLER.sign(message.getBytes(StandardCharsets.UTF_8)));
        return Synapse.empty(EchoSynapse.KIND).withTimeout(timeout).withComputedBodyHash(BodyHash.EMPTY)
            .withDendrite(new TerminalInfo(null, null, null, "1.2.3.4", null, version, nonce, uuid,
                CALLER.ss58Address(), signature))
            .withAxon(new TerminalInfo(null, null, null, null, null, null, null, null, AXON.ss58Address(), null));
    }

    private VerificationFailure failure(Synapse request) {
        return assertThrows(VerificationException.class, () -> verifier.verify(request, true)).failure();
    }

    @Test
    void firstNonceMustBeInsideFourSecondsPlusTimeout() {
        long t = now.get();
        assertEquals(VerificationFailure.STALE_NONCE, failure(signed(t - 16 * SECOND, "u1", 9_000_000L, 12)));
        assertDoesNotThrow(() -> verifier.verify(signed(t - 15 * SECOND, "u2", 9_000_000L, 12), true));
    }

    @Test
    void freshnessAppliesWhateverVersionIsClaimed() {
        long t = now.get();
        assertEquals(VerificationFailure.STALE_NONCE, failure(signed(t - 60 * SECOND, "u", 7_000_000L, 12)));
        assertEquals(VerificationFailure.STALE_NONCE, failure(signed(t - 60 * SECOND, "u", null, 12)));
    }

    @Test
    void laterNoncesMustIncreaseStrictly() throws Exception {
        long t = now.get();
        verifier.verify(signed(t, "u", 9_000_000L, 12), true);
        assertEquals(VerificationFailure.REPLAYED_NONCE, failure(signed(t, "u", 9_000_000L, 12)));
        assertEquals(VerificationFailure.REPLAYED_NONCE, failure(signed(t - 1, "u", 9_000_000L, 12)));
        assertDoesNotThrow(() -> verifier.verify(signed(t + 1, "u", 9_000_000L, 12), true));
        assertDoesNotThrow(() -> verifier.verify(signed(t - 1, "other-uuid", 9_000_000L, 12), true));
    }

    @Test
    void inflatedTimeoutDoesNotReopenAnExpiredReplay() throws Exception {
        long t = now.get();
        Synapse request = signed(t, "u", 9_000_000L, 12);
        verifier.verify(request, true);
        now.addAndGet(400 * SECOND);
        Synapse replay = request.withTimeout(1e9);
        assertEquals(VerificationFailure.STALE_NONCE, failure(replay));
    }

    @Test
    void farFutureNonceIsRejected() {
        assertEquals(VerificationFailure.FUTURE_NONCE, failure(signed(now.get() + 31 * SECOND, "u", 9_000_000L,
            12)));
    }

    @Test
    void strangersHaveTheirOwnSmallStoreAndOnlyEvictTheirOwnInstances() throws Exception {
        verifier.verify(signed(now.get(), "registered", 9_000_000L, 12), true);
        for (int i = 0; i < 10; i++) {
            verifier.verify(signed(now.get(), "s" + i, 9_000_000L, 12), false);
        }
        assertDoesNotThrow(() -> verifier.verify(signed(now.get(), "s10", 9_000_000L, 12), false),
            "a stranger is never locked out: it evicts its own oldest instance");
        assertEquals(4, verifier.nonceStoreSizes()[1], "a few instances per stranger hotkey");
        assertEquals(1, verifier.nonceStoreSizes()[0], "the registered store is untouched");
        Synapse replay = signed(now.get() + 1, "registered", 9_000_000L, 12);
        verifier.verify(replay, true);
        assertEquals(VerificationFailure.REPLAYED_NONCE,
            assertThrows(VerificationException.class, () -> verifier.verify(replay, true)).failure());
    }
}
