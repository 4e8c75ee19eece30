package io.logicminer.bittensor.verification;

/** A request that failed verification; the axon answers 401 with this message. */
public final class VerificationException extends Exception {

    private final VerificationFailure failure;

    public VerificationException(VerificationFailure failure, String message) {
        super(message);
        this.failure = failure;
    }

    public VerificationFailure failure() {
        return failure;
    }
}
