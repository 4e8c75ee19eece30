package io.logicminer.bittensor.crypto;

/** An SS58 address that cannot be decoded; the message names the address and the problem. */
public final class Ss58FormatException extends IllegalArgumentException {

    public Ss58FormatException(String message) {
        super(message);
    }
}
