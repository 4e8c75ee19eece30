package io.logicminer.subtensor.extrinsic;

import java.math.BigInteger;

/**
 * What a signed transaction commits to besides its call: the chain (genesis hash), the runtime
 * ({@code spec_version}, {@code transaction_version}), the account nonce, the tip and the era with the hash of its
 * birth block ({@code eraBirthHash}: the genesis hash for an immortal era).
 */
public record TransactionParams(byte[] genesisHash, long specVersion, long transactionVersion, long nonce,
                                BigInteger tip, Era era, byte[] eraBirthHash) {

    public TransactionParams {
        requireHash(genesisHash, "genesisHash");
        requireHash(eraBirthHash, "eraBirthHash");
        if (specVersion < 0 || specVersion > 0xffff_ffffL || transactionVersion < 0
            || transactionVersion > 0xffff_ffffL) {
            throw new IllegalArgumentException("spec/transaction versions are u32, got " + specVersion + "/"
                + transactionVersion);
        }
        if (nonce < 0 || tip == null || tip.signum() < 0 || era == null) {
            throw new IllegalArgumentException("nonce and tip must be >= 0 and the era set");
        }
        genesisHash = genesisHash.clone();
        eraBirthHash = eraBirthHash.clone();
    }

    /** An immortal transaction without tip. */
    public static TransactionParams immortal(byte[] genesisHash, long specVersion, long transactionVersion,
                                             long nonce) {
        return new TransactionParams(genesisHash, specVersion, transactionVersion, nonce, BigInteger.ZERO,
            Era.immortal(), genesisHash);
    }

    @Override
    public byte[] genesisHash() {
        return genesisHash.clone();
    }

    @Override
    public byte[] eraBirthHash() {
        return eraBirthHash.clone();
    }

    private static void requireHash(byte[] hash, String name) {
        if (hash == null || hash.length != 32) {
            throw new IllegalArgumentException(name + " must be 32 bytes, got "
                + (hash == null ? "null" : hash.length + " bytes"));
        }
    }
}
