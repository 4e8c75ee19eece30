package io.logicminer.bittensor.crypto;

import cafe.cryptography.curve25519.Scalar;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * A Merlin transcript (merlin.cool): a STROBE-128 based Fiat-Shamir transcript with labelled messages,
 * labelled challenges, and a transcript-bound RNG for witness (nonce) generation.
 *
 * <p>Mutable and not thread-safe; {@link #copy()} forks it.
 */
final class MerlinTranscript {

    private static final byte[] MERLIN_PROTOCOL = ascii("Merlin v1.0");
    private static final byte[] DOMAIN_SEPARATOR = ascii("dom-sep");
    private static final byte[] RNG_LABEL = ascii("rng");

    private final Strobe128 strobe;

    MerlinTranscript(byte[] label) {
        strobe = new Strobe128(MERLIN_PROTOCOL);
        appendMessage(DOMAIN_SEPARATOR, label);
    }

    private MerlinTranscript(Strobe128 strobe) {
        this.strobe = strobe;
    }

    static byte[] ascii(String label) {
        return label.getBytes(StandardCharsets.US_ASCII);
    }

    MerlinTranscript copy() {
        return new MerlinTranscript(strobe.copy());
    }

    void appendMessage(byte[] label, byte[] message) {
        strobe.metaAd(label, false);
        strobe.metaAd(littleEndianU32(message.length), true);
        strobe.ad(message, false);
    }

    void appendU64(byte[] label, long value) {
        byte[] le = new byte[8];
        for (int i = 0; i < 8; i++) {
            le[i] = (byte) (value >>> (8 * i));
        }
        appendMessage(label, le);
    }

    void challengeBytes(byte[] label, byte[] out) {
        strobe.metaAd(label, false);
        strobe.metaAd(littleEndianU32(out.length), true);
        strobe.prf(out, false);
    }

    byte[] challengeBytes(byte[] label, int length) {
        byte[] out = new byte[length];
        challengeBytes(label, out);
        return out;
    }

    /** 64 challenge bytes reduced modulo the group order, as schnorrkel's {@code challenge_scalar}. */
    Scalar challengeScalar(byte[] label) {
        return Scalar.fromBytesModOrderWide(challengeBytes(label, 64));
    }

    /**
     * Fills {@code out} from a transcript RNG: a fork of this transcript rekeyed with each secret
     * {@code witness} (under {@code label}) and then with 32 bytes from {@code random}. The output is
     * unpredictable if either the witnesses are secret or the randomness is good.
     */
    void witnessBytes(byte[] label, byte[] out, byte[][] witnesses, SecureRandom random) {
        Strobe128 rng = strobe.copy();
        for (byte[] witness : witnesses) {
            rng.metaAd(label, false);
            rng.metaAd(littleEndianU32(witness.length), true);
            rng.key(witness, false);
        }
        byte[] entropy = new byte[32];
        random.nextBytes(entropy);
        rng.metaAd(RNG_LABEL, false);
        rng.key(entropy, false);
        rng.metaAd(littleEndianU32(out.length), false);
        rng.prf(out, false);
    }

    /** A witness scalar: 64 witness bytes reduced modulo the group order. */
    Scalar witnessScalar(byte[] label, byte[][] witnesses, SecureRandom random) {
        byte[] wide = new byte[64];
        witnessBytes(label, wide, witnesses, random);
        return Scalar.fromBytesModOrderWide(wide);
    }

    private static byte[] littleEndianU32(int value) {
        return new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24)};
    }
}
