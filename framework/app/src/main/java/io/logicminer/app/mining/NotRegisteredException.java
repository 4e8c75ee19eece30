package io.logicminer.app.mining;

/** The miner's hotkey is not a neuron of the subnet; the message is the one line to show, with the btcli fix. */
public final class NotRegisteredException extends RuntimeException {

    public NotRegisteredException(String message) {
        super(message);
    }
}
