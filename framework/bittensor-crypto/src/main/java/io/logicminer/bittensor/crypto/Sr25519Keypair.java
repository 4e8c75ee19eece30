package io.logicminer.bittensor.crypto;

import static io.logicminer.bittensor.crypto.MerlinTranscript.ascii;

import cafe.cryptography.curve25519.Constants;
import cafe.cryptography.curve25519.Scalar;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

/**
 * An sr25519 keypair: secret scalar, signing nonce seed and public key, as schnorrkel's {@code Keypair}.
 * Immutable and thread-safe. {@link #toString()} shows only the SS58 address.
 *
 * <p>Ways in: {@link #fromUri(String)} (Substrate secret URI: mnemonic or {@code 0x} seed, derivation
 * path, {@code ///password}), {@link #fromMnemonic(String, String)}, {@link #fromMiniSecret(byte[])}
 * (32-byte seed, expanded as Substrate does), {@link #fromExpandedSecret(byte[])} (64-byte
 * {@code key || nonce}, Substrate's and btwallet's {@code privateKey}) and
 * {@link #fromEd25519ExpandedSecret(byte[])} (polkadot-js' 64-byte secret form).
 */
public final class Sr25519Keypair {

    private static final byte[] HDKD_LABEL = ascii("SchnorrRistrettoHDKD");
    private static final byte[] SIGN_BYTES = ascii("sign-bytes");
    private static final byte[] CHAIN_CODE = ascii("chain-code");
    private static final byte[] SECRET_KEY = ascii("secret-key");
    private static final byte[] PUBLIC_KEY = ascii("public-key");
    private static final byte[] HDKD_HARD = ascii("HDKD-hard");
    private static final byte[] HDKD_SCALAR = ascii("HDKD-scalar");
    private static final byte[] HDKD_CHAINCODE = ascii("HDKD-chaincode");
    private static final byte[] HDKD_NONCE = ascii("HDKD-nonce");

    private final Scalar key;
    private final byte[] nonce;
    private final Sr25519PublicKey publicKey;

    private Sr25519Keypair(Scalar key, byte[] nonce) {
        this.key = key;
        this.nonce = nonce;
        this.publicKey = Sr25519PublicKey.fromPoint(Constants.RISTRETTO_GENERATOR_TABLE.multiply(key));
    }

    /**
     * Expands a 32-byte mini secret as Substrate does ({@code ExpansionMode::Ed25519}): SHA-512, the
     * first half clamped and divided by the cofactor is the secret scalar, the second half the nonce seed.
     */
    public static Sr25519Keypair fromMiniSecret(byte[] miniSecret) {
        if (miniSecret == null || miniSecret.length != Sr25519.MINI_SECRET_LENGTH) {
            throw new IllegalArgumentException("sr25519 mini secret must be 32 bytes, got "
                + (miniSecret == null ? "null" : miniSecret.length + " bytes"));
        }
        byte[] hash = sha512(miniSecret);
        byte[] keyBytes = Arrays.copyOfRange(hash, 0, 32);
        keyBytes[0] &= (byte) 248;
        keyBytes[31] &= 63;
        keyBytes[31] |= 64;
        divideByCofactor(keyBytes);
        byte[] nonce = Arrays.copyOfRange(hash, 32, 64);
        Scalar key = Scalar.fromBits(keyBytes);
        Arrays.fill(hash, (byte) 0);
        Arrays.fill(keyBytes, (byte) 0);
        return new Sr25519Keypair(key, nonce);
    }

    /**
     * From schnorrkel's 64-byte secret key encoding {@code key || nonce} (Substrate's
     * {@code Pair::to_raw_vec}, the {@code privateKey} of btcli/btwallet keyfiles).
     *
     * @throws IllegalArgumentException for a wrong length or a non-canonical scalar
     */
    public static Sr25519Keypair fromExpandedSecret(byte[] secretKey) {
        requireSecretLength(secretKey);
        Scalar key;
        try {
            key = Scalar.fromCanonicalBytes(Arrays.copyOfRange(secretKey, 0, 32));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sr25519 secret key: the first 32 bytes are not a canonical scalar "
                + "(is it the polkadot-js/ed25519 form? use fromEd25519ExpandedSecret)");
        }
        return new Sr25519Keypair(key, Arrays.copyOfRange(secretKey, 32, 64));
    }

    /**
     * From the "half ed25519" 64-byte form polkadot-js (and schnorrkel's {@code to_ed25519_bytes}) uses:
     * the secret scalar multiplied by the cofactor, then the nonce.
     */
    public static Sr25519Keypair fromEd25519ExpandedSecret(byte[] secretKey) {
        requireSecretLength(secretKey);
        byte[] keyBytes = Arrays.copyOfRange(secretKey, 0, 32);
        divideByCofactor(keyBytes);
        Scalar key = Scalar.fromBits(keyBytes);
        Arrays.fill(keyBytes, (byte) 0);
        return new Sr25519Keypair(key, Arrays.copyOfRange(secretKey, 32, 64));
    }

    /** From a BIP-39 English mnemonic and optional password (may be empty), as substrate-bip39 does. */
    public static Sr25519Keypair fromMnemonic(String mnemonic, String password) {
        byte[] miniSecret = Mnemonic.toMiniSecret(mnemonic, password);
        try {
            return fromMiniSecret(miniSecret);
        } finally {
            Arrays.fill(miniSecret, (byte) 0);
        }
    }

    /**
     * From a Substrate secret URI: {@code <mnemonic or 0x seed>[//hard][/soft]...[///password]}, e.g.
     * {@code "bottom drive ... walk//Alice"} or {@code "//Alice"} (the dev phrase is used when the
     * phrase is omitted). See {@link SecretUri}.
     *
     * @throws IllegalArgumentException if the URI, phrase or seed is malformed (the message never
     *     contains the secret)
     */
    public static Sr25519Keypair fromUri(String uri) {
        SecretUri parsed = SecretUri.parse(uri);
        Sr25519Keypair root = parsed.rootKeypair();
        return root.derive(parsed.junctions());
    }

    /** Signs with the {@code "substrate"} context; returns the 64-byte signature. */
    public byte[] sign(byte[] message) {
        return signTranscript(Sr25519.signingTranscript(null, message));
    }

    /** Signs with an explicit signing context. */
    public byte[] sign(byte[] context, byte[] message) {
        if (context == null) {
            throw new IllegalArgumentException("signing context must not be null");
        }
        return signTranscript(Sr25519.signingTranscript(context, message));
    }

    private byte[] signTranscript(MerlinTranscript transcript) {
        byte[] publicBytes = publicKey.bytesUnsafe();
        transcript.appendMessage(Sr25519.PROTO_NAME, Sr25519.SCHNORR_SIG);
        transcript.appendMessage(Sr25519.SIGN_PK, publicBytes);
        Scalar r = transcript.witnessScalar(Sr25519.SIGNING, new byte[][] {nonce}, Sr25519.RANDOM);
        byte[] bigR = Constants.RISTRETTO_GENERATOR_TABLE.multiply(r).compress().toByteArray();
        transcript.appendMessage(Sr25519.SIGN_R, bigR);
        Scalar k = transcript.challengeScalar(Sr25519.SIGN_C);
        Scalar s = k.multiplyAndAdd(key, r);
        byte[] signature = new byte[Sr25519.SIGNATURE_LENGTH];
        System.arraycopy(bigR, 0, signature, 0, 32);
        System.arraycopy(s.toByteArray(), 0, signature, 32, 32);
        signature[63] |= (byte) 0x80;
        return signature;
    }

    /** Applies derivation junctions in order (hard and soft). */
    public Sr25519Keypair derive(List<DeriveJunction> junctions) {
        Sr25519Keypair current = this;
        for (DeriveJunction junction : junctions) {
            current = junction.hard() ? current.deriveHard(junction.chainCode()) : current.deriveSoft(junction.chainCode());
        }
        return current;
    }

    /**
     * Hard derivation as Substrate: a new mini secret from a Merlin transcript over the chain code and
     * this secret scalar ({@code hard_derive_mini_secret_key}), expanded like {@link #fromMiniSecret}.
     */
    public Sr25519Keypair deriveHard(byte[] chainCode) {
        requireChainCode(chainCode);
        MerlinTranscript transcript = new MerlinTranscript(HDKD_LABEL);
        transcript.appendMessage(SIGN_BYTES, new byte[0]);
        transcript.appendMessage(CHAIN_CODE, chainCode);
        byte[] keyBytes = key.toByteArray();
        transcript.appendMessage(SECRET_KEY, keyBytes);
        Arrays.fill(keyBytes, (byte) 0);
        byte[] miniSecret = transcript.challengeBytes(HDKD_HARD, Sr25519.MINI_SECRET_LENGTH);
        try {
            return fromMiniSecret(miniSecret);
        } finally {
            Arrays.fill(miniSecret, (byte) 0);
        }
    }

    /**
     * Soft derivation as schnorrkel's {@code derived_key_simple(chain_code, [])}: the public key can be
     * derived the same way by anyone. The derived nonce seed is random (as in schnorrkel), so only the
     * secret scalar and the public key are deterministic.
     */
    public Sr25519Keypair deriveSoft(byte[] chainCode) {
        requireChainCode(chainCode);
        MerlinTranscript transcript = new MerlinTranscript(HDKD_LABEL);
        transcript.appendMessage(SIGN_BYTES, new byte[0]);
        transcript.appendMessage(CHAIN_CODE, chainCode);
        transcript.appendMessage(PUBLIC_KEY, publicKey.bytesUnsafe());
        Scalar offset = transcript.challengeScalar(HDKD_SCALAR);
        transcript.challengeBytes(HDKD_CHAINCODE, Sr25519.CHAIN_CODE_LENGTH);
        byte[] secret = toExpandedSecret();
        byte[] derivedNonce = new byte[32];
        transcript.witnessBytes(HDKD_NONCE, derivedNonce, new byte[][] {nonce, secret}, Sr25519.RANDOM);
        Arrays.fill(secret, (byte) 0);
        return new Sr25519Keypair(key.add(offset), derivedNonce);
    }

    /** The public key. */
    public Sr25519PublicKey publicKey() {
        return publicKey;
    }

    /** The 32-byte public key (account id). */
    public byte[] publicKeyBytes() {
        return publicKey.toBytes();
    }

    /** SS58 address with prefix 42 (Bittensor). */
    public String ss58Address() {
        return publicKey.toSs58();
    }

    /** SS58 address with the given network prefix. */
    public String ss58Address(int prefix) {
        return publicKey.toSs58(prefix);
    }

    /** The 64-byte secret {@code key || nonce} (schnorrkel/Substrate form). Handle with care. */
    public byte[] toExpandedSecret() {
        byte[] out = new byte[Sr25519.SECRET_KEY_LENGTH];
        System.arraycopy(key.toByteArray(), 0, out, 0, 32);
        System.arraycopy(nonce, 0, out, 32, 32);
        return out;
    }

    /** Shows the address only, never secret material. */
    @Override
    public String toString() {
        return "Sr25519Keypair[" + ss58Address() + "]";
    }

    private static void requireSecretLength(byte[] secretKey) {
        if (secretKey == null || secretKey.length != Sr25519.SECRET_KEY_LENGTH) {
            throw new IllegalArgumentException("sr25519 secret key must be 64 bytes, got "
                + (secretKey == null ? "null" : secretKey.length + " bytes"));
        }
    }

    private static void requireChainCode(byte[] chainCode) {
        if (chainCode == null || chainCode.length != Sr25519.CHAIN_CODE_LENGTH) {
            throw new IllegalArgumentException("chain code must be 32 bytes, got "
                + (chainCode == null ? "null" : chainCode.length + " bytes"));
        }
    }

    /** Little-endian right shift by 3 bits (the cofactor is 8), as schnorrkel's helper. */
    private static void divideByCofactor(byte[] scalar) {
        int low = 0;
        for (int i = scalar.length - 1; i >= 0; i--) {
            int b = scalar[i] & 0xFF;
            int r = b & 0x07;
            scalar[i] = (byte) ((b >>> 3) + low);
            low = r << 5;
        }
    }

    private static byte[] sha512(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-512", e);
        }
    }
}
