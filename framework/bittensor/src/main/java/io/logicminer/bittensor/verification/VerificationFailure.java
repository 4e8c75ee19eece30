package io.logicminer.bittensor.verification;

/** Why a request's signature check failed; also the {@code reason} label of the verify-failure metric. */
public enum VerificationFailure {
    MISSING_HOTKEY,
    MISSING_NONCE,
    MISSING_UUID,
    /** No or empty signature: the SDK lets these through (bittensor issue #3392); this axon does not. */
    MISSING_SIGNATURE,
    MALFORMED_SIGNATURE,
    INVALID_HOTKEY,
    /** The request was signed for another axon's hotkey. */
    WRONG_AXON_HOTKEY,
    /** First nonce for this dendrite instance, older than the allowed window. */
    STALE_NONCE,
    /** Not newer than the last nonce accepted for this dendrite instance. */
    REPLAYED_NONCE,
    /** Further in the future than the clock-skew tolerance. */
    FUTURE_NONCE,
    SIGNATURE_MISMATCH;

    /** Lower-case label for metrics. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
