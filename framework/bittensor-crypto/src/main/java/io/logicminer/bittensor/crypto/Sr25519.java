package io.logicminer.bittensor.crypto;

import static io.logicminer.bittensor.crypto.MerlinTranscript.ascii;

import java.security.SecureRandom;

/**
 * sr25519: Schnorr signatures over Ristretto255 with Merlin transcripts, exactly as schnorrkel (and so
 * Substrate, polkadot-js and Bittensor) computes them.
 *
 * <p>Entry point for the common case, verifying a Substrate-context signature:
 * {@code Sr25519.verify(publicKey32, message, signature64)}. Keys live in {@link Sr25519PublicKey} and
 * {@link Sr25519Keypair}.
 */
public final class Sr25519 {

    /** Length of a public key (compressed Ristretto point). */
    public static final int PUBLIC_KEY_LENGTH = 32;
    /** Length of a signature: compressed R then the scalar s, with bit 7 of the last byte set. */
    public static final int SIGNATURE_LENGTH = 64;
    /** Length of a mini secret key (the seed Substrate derives from a mnemonic). */
    public static final int MINI_SECRET_LENGTH = 32;
    /** Length of an expanded secret key: the secret scalar then the 32-byte signing nonce seed. */
    public static final int SECRET_KEY_LENGTH = 64;
    /** Length of an HDKD chain code. */
    public static final int CHAIN_CODE_LENGTH = 32;
    /** The signing context Substrate (and Bittensor) uses for every signature. */
    public static final String SUBSTRATE_CONTEXT = "substrate";

    static final byte[] PROTO_NAME = ascii("proto-name");
    static final byte[] SCHNORR_SIG = ascii("Schnorr-sig");
    static final byte[] SIGN_PK = ascii("sign:pk");
    static final byte[] SIGN_R = ascii("sign:R");
    static final byte[] SIGN_C = ascii("sign:c");
    static final byte[] SIGNING = ascii("signing");

    private static final byte[] SIGNING_CONTEXT = ascii("SigningContext");
    private static final byte[] EMPTY = new byte[0];
    private static final byte[] SIGN_BYTES = ascii("sign-bytes");
    private static final MerlinTranscript SUBSTRATE_TRANSCRIPT = contextTranscript(ascii(SUBSTRATE_CONTEXT));

    /** Randomness mixed into every signing nonce next to the secret nonce seed (hedged signatures). */
    static final SecureRandom RANDOM = new SecureRandom();

    private Sr25519() {
    }

    /**
     * Verifies a signature made with the {@code "substrate"} signing context.
     *
     * @return {@code true} only for a valid signature; {@code false} for anything else, including
     *     {@code null}s, wrong lengths, a public key that is not a canonical Ristretto point, a signature
     *     without the schnorrkel marker bit, or a non-canonical scalar. Never throws.
     */
    public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        Sr25519PublicKey key = Sr25519PublicKey.tryFromBytes(publicKey);
        return key != null && key.verify(message, signature);
    }

    /** As {@link #verify(byte[], byte[], byte[])} with an explicit signing context. Never throws. */
    public static boolean verify(byte[] publicKey, byte[] context, byte[] message, byte[] signature) {
        Sr25519PublicKey key = Sr25519PublicKey.tryFromBytes(publicKey);
        return key != null && key.verify(context, message, signature);
    }

    /** The transcript schnorrkel's {@code signing_context(context).bytes(message)} builds. */
    static MerlinTranscript signingTranscript(byte[] context, byte[] message) {
        MerlinTranscript transcript = context == null ? SUBSTRATE_TRANSCRIPT.copy() : contextTranscript(context);
        transcript.appendMessage(SIGN_BYTES, message);
        return transcript;
    }

    private static MerlinTranscript contextTranscript(byte[] context) {
        MerlinTranscript transcript = new MerlinTranscript(SIGNING_CONTEXT);
        transcript.appendMessage(EMPTY, context);
        return transcript;
    }
}
