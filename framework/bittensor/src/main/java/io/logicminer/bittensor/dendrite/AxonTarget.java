package io.logicminer.bittensor.dendrite;

import java.util.Objects;

/**
 * The axon a dendrite calls: where it listens and whose hotkey it serves under (the signed message names it).
 *
 * @param ip     address
 * @param port   port
 * @param hotkey SS58 hotkey of the axon
 */
public record AxonTarget(String ip, int port, String hotkey) {

    public AxonTarget {
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(hotkey, "hotkey");
    }
}
