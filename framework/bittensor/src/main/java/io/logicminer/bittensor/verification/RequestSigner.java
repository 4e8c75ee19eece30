package io.logicminer.bittensor.verification;

/**
 * Signs with a hotkey: the dendrite signs its requests, the axon signs its error responses. Thread-safe.
 */
public interface RequestSigner {

    /** SS58 address of the signing hotkey. */
    String hotkey();

    /** The sr25519 signature (64 bytes) of {@code message}. */
    byte[] sign(byte[] message);
}
