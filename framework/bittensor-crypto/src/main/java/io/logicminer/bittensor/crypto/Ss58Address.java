package io.logicminer.bittensor.crypto;

import java.util.Arrays;

/**
 * A decoded SS58 address: the network prefix and the 32-byte public key (account id).
 *
 * @param prefix network prefix, 0..16383 (42: generic Substrate, used by Bittensor)
 * @param publicKey the 32-byte account id; {@link #publicKey()} returns a copy
 */
public record Ss58Address(int prefix, byte[] publicKey) {

    public Ss58Address {
        publicKey = publicKey.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** Encodes back to the address string. */
    public String encode() {
        return Ss58.encode(publicKey, prefix);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ss58Address that && prefix == that.prefix && Arrays.equals(publicKey, that.publicKey);
    }

    @Override
    public int hashCode() {
        return 31 * prefix + Arrays.hashCode(publicKey);
    }

    @Override
    public String toString() {
        return encode();
    }
}
