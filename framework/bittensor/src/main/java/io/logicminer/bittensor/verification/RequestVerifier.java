package io.logicminer.bittensor.verification;

import io.logicminer.bittensor.crypto.Hex;
import io.logicminer.bittensor.synapse.Synapse;
import io.logicminer.bittensor.synapse.TerminalInfo;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The axon's check of a request's dendrite signature, as the SDK's {@code Axon.default_verify} with its gaps closed.
 *
 * <p>The signed message is {@code "{nonce}.{dendrite_hotkey}.{axon_hotkey}.{uuid}.{computed_body_hash}"} with the
 * axon's own hotkey. Nonce rules (SDK 7.2+): the first nonce of a dendrite instance ({@code hotkey:uuid}) must be newer
 * than {@code now − 4 s − timeout}; later ones must be strictly greater than the last accepted one. Unlike the SDK:
 * <ul>
 *   <li>a missing or empty signature is rejected (the SDK skips the check; bittensor issue #3392);</li>
 *   <li>the freshness rule applies whatever {@code version} the dendrite claims (the header is not signed, so an old
 *       version number would otherwise switch the rule off), and the unsigned {@code timeout} counts at most
 *       {@code maxTimeout} toward the window;</li>
 *   <li>nonces further than {@code futureTolerance} ahead of the clock are rejected, so every remembered nonce can be
 *       forgotten after a bounded time ({@link NonceStore});</li>
 *   <li>the nonce is recorded only after the signature holds, atomically, so copies of one request racing each other
 *       are accepted once.</li>
 * </ul>
 * Nonces are kept per hotkey ({@link NonceStore}): a hotkey that floods the axon with fresh dendrite instances only
 * ever evicts its own. Dendrites registered in the metagraph and strangers (who may only reach the never-blacklisted
 * Information route) use separate stores, so throwaway identities cannot crowd out validators either.
 */
public final class RequestVerifier {

    /** The SDK's {@code ALLOWED_DELTA}: 4 seconds of clock difference on top of the timeout. */
    public static final long ALLOWED_DELTA_NANOS = 4_000_000_000L;
    /** Hotkeys of the registered store: far above a subnet's 256 uids, so metagraph churn never evicts. */
    private static final int REGISTERED_HOTKEYS = 4_096;
    /** Dendrite instances per stranger hotkey: a stranger only asks Information. */
    private static final int STRANGER_INSTANCES = 4;

    private final String axonHotkey;
    private final HotkeySignatureVerifier signatures;
    private final NonceClock clock;
    private final long maxTimeoutNanos;
    private final long futureToleranceNanos;
    private final NonceStore registered;
    private final NonceStore strangers;

    /**
     * @param axonHotkey         this axon's SS58 hotkey
     * @param signatures         sr25519 verification
     * @param clock              wall clock in ns
     * @param maxTimeoutSeconds  the largest {@code timeout} that widens the freshness window
     * @param futureToleranceSeconds how far ahead of the clock a nonce may be
     * @param perHotkey          dendrite instances remembered per hotkey (metagraph hotkeys)
     * @param strangerCapacity   hotkeys outside the metagraph remembered (a few instances each)
     */
    public RequestVerifier(String axonHotkey, HotkeySignatureVerifier signatures, NonceClock clock,
                           double maxTimeoutSeconds, double futureToleranceSeconds, int perHotkey,
                           int strangerCapacity) {
        this.axonHotkey = Objects.requireNonNull(axonHotkey, "axonHotkey");
        this.signatures = Objects.requireNonNull(signatures, "signatures");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (!(maxTimeoutSeconds > 0) || !(futureToleranceSeconds >= 0)) {
            throw new IllegalArgumentException("maxTimeout must be positive and futureTolerance non-negative, got "
                + maxTimeoutSeconds + " s and " + futureToleranceSeconds + " s");
        }
        this.maxTimeoutNanos = (long) (maxTimeoutSeconds * 1e9);
        this.futureToleranceNanos = (long) (futureToleranceSeconds * 1e9);
        long retention = ALLOWED_DELTA_NANOS + maxTimeoutNanos + 1;
        this.registered = new NonceStore(perHotkey, REGISTERED_HOTKEYS, retention);
        this.strangers = new NonceStore(STRANGER_INSTANCES, strangerCapacity, retention);
    }

    /** The signed message for a request from {@code dendrite} to {@code axonHotkey} with body hash {@code bodyHash}. */
    public static String message(long nonce, String dendriteHotkey, String axonHotkey, String uuid, String bodyHash) {
        return nonce + "." + dendriteHotkey + "." + axonHotkey + "." + uuid + "." + bodyHash;
    }

    /**
     * Verifies the request described by {@code headers} (the synapse read from the request headers).
     *
     * @param registered whether the dendrite hotkey is in the metagraph (selects the nonce store)
     * @throws VerificationException naming the failure; the axon answers 401
     */
    public void verify(Synapse headers, boolean registered) throws VerificationException {
        TerminalInfo dendrite = headers.dendrite();
        String hotkey = dendrite.hotkey();
        if (hotkey == null || hotkey.isEmpty()) {
            throw new VerificationException(VerificationFailure.MISSING_HOTKEY,
                "missing dendrite hotkey (header bt_header_dendrite_hotkey)");
        }
        if (dendrite.nonce() == null) {
            throw new VerificationException(VerificationFailure.MISSING_NONCE,
                "Missing Nonce (header bt_header_dendrite_nonce)");
        }
        if (dendrite.uuid() == null || dendrite.uuid().isEmpty()) {
            throw new VerificationException(VerificationFailure.MISSING_UUID,
                "missing dendrite uuid (header bt_header_dendrite_uuid)");
        }
        String signatureText = dendrite.signature();
        if (signatureText == null || signatureText.isEmpty() || signatureText.equals("0x")) {
            throw new VerificationException(VerificationFailure.MISSING_SIGNATURE,
                "missing signature (header bt_header_dendrite_signature): every request must be signed by the"
                    + " dendrite hotkey");
        }
        String claimedAxon = headers.axon().hotkey();
        if (claimedAxon != null && !claimedAxon.equals(axonHotkey)) {
            throw new VerificationException(VerificationFailure.WRONG_AXON_HOTKEY,
                "request is addressed to axon hotkey " + claimedAxon + " but this axon is " + axonHotkey);
        }
        long nonce = dendrite.nonce();
        long now = clock.nowNanos();
        double timeout = headers.timeout() == null ? 0 : Math.max(0, headers.timeout());
        long timeoutNanos = Math.min(maxTimeoutNanos, (long) (timeout * 1e9));
        long windowStart = now - ALLOWED_DELTA_NANOS - timeoutNanos;
        if (nonce - now > futureToleranceNanos) {
            throw new VerificationException(VerificationFailure.FUTURE_NONCE, String.format(
                "Nonce is %.2f seconds in the future; allowed clock skew is %.2f seconds (check the dendrite's"
                    + " clock)", (nonce - now) / 1e9, futureToleranceNanos / 1e9));
        }
        NonceStore store = registered ? this.registered : this.strangers;
        NonceStore.Check check = store.check(hotkey, dendrite.uuid(), nonce, now);
        rejectNonce(check, nonce, now, windowStart, timeoutNanos);
        byte[] signature;
        try {
            signature = Hex.decode(signatureText);
        } catch (IllegalArgumentException e) {
            throw new VerificationException(VerificationFailure.MALFORMED_SIGNATURE,
                "signature is not hex: " + e.getMessage());
        }
        if (signature.length != 64) {
            throw new VerificationException(VerificationFailure.MALFORMED_SIGNATURE,
                "signature must be 64 bytes (0x + 128 hex digits), got " + signature.length + " bytes");
        }
        String message = message(nonce, hotkey, axonHotkey, dendrite.uuid(), headers.computedBodyHash());
        boolean valid;
        try {
            valid = signatures.verify(hotkey, message.getBytes(StandardCharsets.UTF_8), signature);
        } catch (IllegalArgumentException e) {
            throw new VerificationException(VerificationFailure.INVALID_HOTKEY, e.getMessage());
        }
        if (!valid) {
            throw new VerificationException(VerificationFailure.SIGNATURE_MISMATCH,
                "Signature mismatch with " + message + " and " + signatureText);
        }
        rejectNonce(store.record(hotkey, dendrite.uuid(), nonce, now), nonce, now, windowStart, timeoutNanos);
    }

    private static void rejectNonce(NonceStore.Check check, long nonce, long now, long windowStart, long timeoutNanos)
        throws VerificationException {
        switch (check) {
            case NEW_IDENTITY -> {
                if (nonce <= windowStart) {
                    throw new VerificationException(VerificationFailure.STALE_NONCE, String.format(
                        "Nonce is too old: acceptable delta is %.2f seconds but request was %.2f seconds old",
                        (ALLOWED_DELTA_NANOS + timeoutNanos) / 1e9, (now - nonce) / 1e9));
                }
            }
            case NOT_NEWER -> throw new VerificationException(VerificationFailure.REPLAYED_NONCE,
                "Nonce is too old, a newer one was last processed");
            case NEWER -> {
            }
        }
    }

    /** Live entries in the registered and stranger stores (for tests and metrics). */
    public int[] nonceStoreSizes() {
        long now = clock.nowNanos();
        return new int[] {registered.size(now), strangers.size(now)};
    }

    /** Live entries of one metagraph hotkey. */
    public int nonceEntries(String hotkey) {
        return registered.size(hotkey, clock.nowNanos());
    }
}
