package io.logicminer.subtensor.chain;

import java.math.BigInteger;
import java.util.Objects;

/**
 * Subtensor's {@code AxonInfo}: where a neuron serves, as stored in {@code SubtensorModule.Axons} and returned inside
 * {@code NeuronInfoLite.axon_info}.
 *
 * @param block    block of the last {@code serve_axon}
 * @param version  the SDK's {@code version_as_int} of the serving neuron
 * @param ip       IPv4 or IPv6 address as an unsigned integer (u128)
 * @param port     TCP port
 * @param ipType   4 or 6
 * @param protocol the SDK's axon protocol (4)
 */
public record AxonInfo(long block, long version, BigInteger ip, int port, int ipType, int protocol, int placeholder1,
                       int placeholder2) {

    public AxonInfo {
        Objects.requireNonNull(ip, "ip");
    }

    /** Whether nothing was ever served (the chain's default value). */
    public boolean isUnset() {
        return ip.signum() == 0 && port == 0;
    }
}
