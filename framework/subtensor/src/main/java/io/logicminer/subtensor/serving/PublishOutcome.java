package io.logicminer.subtensor.serving;

/**
 * What {@link AxonPublisher#publish} did.
 *
 * @param status  unchanged (the chain already held this address), published, or failed
 * @param message one line for the log: the address, the block, or the chain's error and the fix
 */
public record PublishOutcome(Status status, String message) {

    public enum Status { UNCHANGED, PUBLISHED, FAILED }

    public boolean ok() {
        return status != Status.FAILED;
    }
}
