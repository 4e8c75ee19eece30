package io.logicminer.subtensor.extrinsic;

import java.util.HexFormat;

/**
 * A signed extrinsic ready for {@code author_submitExtrinsic}: the full encoding (with its length prefix), the call
 * it carries, the payload that was signed (before the over-256-bytes hashing) and the signature.
 */
public record SignedExtrinsic(byte[] encoded, byte[] call, byte[] signingPayload, byte[] signature) {

    public SignedExtrinsic {
        encoded = encoded.clone();
        call = call.clone();
        signingPayload = signingPayload.clone();
        signature = signature.clone();
    }

    @Override
    public byte[] encoded() {
        return encoded.clone();
    }

    @Override
    public byte[] call() {
        return call.clone();
    }

    @Override
    public byte[] signingPayload() {
        return signingPayload.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The extrinsic hash: BLAKE2b-256 of {@link #encoded()}, as blocks and explorers identify it. */
    public byte[] hash() {
        return io.logicminer.bittensor.crypto.Blake2b.blake2b256(encoded);
    }

    /** {@code 0x}-prefixed hex of {@link #encoded()}, as the RPC takes it. */
    public String hex() {
        return "0x" + HexFormat.of().formatHex(encoded);
    }
}
