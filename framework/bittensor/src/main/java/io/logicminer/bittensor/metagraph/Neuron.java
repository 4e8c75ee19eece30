package io.logicminer.bittensor.metagraph;

import java.util.Objects;

/**
 * One registered neuron of a subnet.
 *
 * @param uid             position in the subnet
 * @param hotkey          SS58 hotkey
 * @param coldkey         SS58 coldkey (may be empty when unknown)
 * @param stake           total stake in TAO (the metagraph's {@code S})
 * @param validatorPermit whether it may set weights (is a validator)
 * @param active          whether it was recently active
 * @param axon            where it serves, or null
 */
public record Neuron(int uid, String hotkey, String coldkey, double stake, boolean validatorPermit, boolean active,
                     AxonEndpoint axon) {

    public Neuron {
        Objects.requireNonNull(hotkey, "hotkey");
        coldkey = coldkey == null ? "" : coldkey;
        if (uid < 0) {
            throw new IllegalArgumentException("uid must not be negative, got " + uid);
        }
        if (!(stake >= 0) || Double.isInfinite(stake)) {
            throw new IllegalArgumentException("stake of uid " + uid + " must be a non-negative number, got " + stake);
        }
    }
}
