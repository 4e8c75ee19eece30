package io.logicminer.subtensor.chain;

import java.util.Optional;

/**
 * How a submitted extrinsic ended.
 *
 * @param success   true when the block holding it emitted {@code System.ExtrinsicSuccess}
 * @param blockHash hex hash of the block it was included in, or null when it never was
 * @param error     the error's name (a module error like {@code ServingRateLimitExceeded}, {@code Custom error: 12}
 *                  for a pool rejection, {@code Timeout}), or null on success
 * @param message   one line for the operator: what happened and what to do
 */
public record ExtrinsicOutcome(boolean success, String blockHash, String error, String message) {

    public static ExtrinsicOutcome succeeded(String blockHash) {
        return new ExtrinsicOutcome(true, blockHash, null, "included in block " + blockHash);
    }

    public static ExtrinsicOutcome failed(String blockHash, String error, String message) {
        return new ExtrinsicOutcome(false, blockHash, error, message);
    }

    public Optional<String> errorName() {
        return Optional.ofNullable(error);
    }
}
