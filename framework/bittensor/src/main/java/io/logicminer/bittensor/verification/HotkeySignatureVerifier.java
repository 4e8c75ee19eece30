package io.logicminer.bittensor.verification;

/**
 * Checks an sr25519 signature made by the hotkey behind an SS58 address. Implementations are thread-safe.
 */
public interface HotkeySignatureVerifier {

    /**
     * @param ss58Hotkey the signer's SS58 address
     * @param message    the signed bytes
     * @param signature  the 64-byte signature
     * @return whether the signature is valid
     * @throws IllegalArgumentException when {@code ss58Hotkey} is not a valid SS58 address of a public key
     */
    boolean verify(String ss58Hotkey, byte[] message, byte[] signature);
}
