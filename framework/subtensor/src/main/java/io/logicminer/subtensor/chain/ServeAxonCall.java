package io.logicminer.subtensor.chain;

import java.math.BigInteger;
import java.util.Objects;

/**
 * The arguments of {@code SubtensorModule.serve_axon(netuid, version, ip, port, ip_type, protocol, placeholder1,
 * placeholder2)}.
 */
public record ServeAxonCall(int netuid, long version, BigInteger ip, int port, int ipType, int protocol,
                            int placeholder1, int placeholder2) {

    public ServeAxonCall {
        Objects.requireNonNull(ip, "ip");
    }

    /** Whether {@code onChain} already holds what this call would publish (the SDK's up-to-date check). */
    public boolean matches(AxonInfo onChain) {
        return onChain != null && onChain.ip().equals(ip) && onChain.port() == port && onChain.ipType() == ipType
                && onChain.protocol() == protocol && onChain.version() == version
                && onChain.placeholder1() == placeholder1 && onChain.placeholder2() == placeholder2;
    }
}
