package io.logicminer.bittensor.crypto;

import cafe.cryptography.curve25519.CompressedRistretto;
import cafe.cryptography.curve25519.Constants;
import cafe.cryptography.curve25519.InvalidEncodingException;
import cafe.cryptography.curve25519.RistrettoElement;
import cafe.cryptography.curve25519.Scalar;
import java.util.Arrays;

/**
 * An sr25519 public key: a validated (decompressed) Ristretto255 point. Immutable and thread-safe;
 * keep one per peer to verify many signatures without decompressing the key each time.
 */
public final class Sr25519PublicKey {

    private final byte[] bytes;
    private final RistrettoElement point;

    private Sr25519PublicKey(byte[] bytes, RistrettoElement point) {
        this.bytes = bytes;
        this.point = point;
    }

    /**
     * Parses 32 bytes (a compressed Ristretto point, also the Substrate account id).
     *
     * @throws IllegalArgumentException for a wrong length or bytes that are not a canonical encoding
     */
    public static Sr25519PublicKey fromBytes(byte[] publicKey) {
        if (publicKey == null || publicKey.length != Sr25519.PUBLIC_KEY_LENGTH) {
            throw new IllegalArgumentException("sr25519 public key must be 32 bytes, got "
                + (publicKey == null ? "null" : publicKey.length + " bytes"));
        }
        Sr25519PublicKey key = tryFromBytes(publicKey);
        if (key == null) {
            throw new IllegalArgumentException("not a valid sr25519 public key (not a canonical Ristretto255 point): "
                + Hex.encodePrefixed(publicKey));
        }
        return key;
    }

    /** Parses a public key from an SS58 address ({@link Ss58#decode(String)}), any network prefix. */
    public static Sr25519PublicKey fromSs58(String address) {
        return fromBytes(Ss58.decode(address).publicKey());
    }

    /** As {@link #fromBytes(byte[])} but returns {@code null} instead of throwing. */
    static Sr25519PublicKey tryFromBytes(byte[] publicKey) {
        if (publicKey == null || publicKey.length != Sr25519.PUBLIC_KEY_LENGTH) {
            return null;
        }
        byte[] copy = publicKey.clone();
        try {
            return new Sr25519PublicKey(copy, new CompressedRistretto(copy).decompress());
        } catch (InvalidEncodingException | IllegalArgumentException e) {
            return null;
        }
    }

    static Sr25519PublicKey fromPoint(RistrettoElement point) {
        return new Sr25519PublicKey(point.compress().toByteArray(), point);
    }

    /** The 32-byte encoding (a copy). */
    public byte[] toBytes() {
        return bytes.clone();
    }

    /** SS58 address with the given network prefix (42 for Bittensor). */
    public String toSs58(int prefix) {
        return Ss58.encode(bytes, prefix);
    }

    /** SS58 address with the generic Substrate prefix 42, which Bittensor uses. */
    public String toSs58() {
        return Ss58.encode(bytes, Ss58.DEFAULT_PREFIX);
    }

    /** Verifies a signature made with the {@code "substrate"} context; never throws. */
    public boolean verify(byte[] message, byte[] signature) {
        return verifyInContext(null, message, signature);
    }

    /** Verifies a signature made with the given signing context; never throws. */
    public boolean verify(byte[] context, byte[] message, byte[] signature) {
        return context != null && verifyInContext(context, message, signature);
    }

    private boolean verifyInContext(byte[] context, byte[] message, byte[] signature) {
        if (message == null || signature == null || signature.length != Sr25519.SIGNATURE_LENGTH) {
            return false;
        }
        if ((signature[63] & 0x80) == 0) {
            return false; // not marked as a schnorrkel signature (could be an old ed25519-style one)
        }
        byte[] sBytes = Arrays.copyOfRange(signature, 32, 64);
        sBytes[31] &= 0x7F;
        Scalar s;
        try {
            s = Scalar.fromCanonicalBytes(sBytes);
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] r = Arrays.copyOfRange(signature, 0, 32);
        MerlinTranscript transcript = Sr25519.signingTranscript(context, message);
        transcript.appendMessage(Sr25519.PROTO_NAME, Sr25519.SCHNORR_SIG);
        transcript.appendMessage(Sr25519.SIGN_PK, bytes);
        transcript.appendMessage(Sr25519.SIGN_R, r);
        Scalar k = transcript.challengeScalar(Sr25519.SIGN_C);
        // Every value here is public, so variable-time arithmetic is safe: s·B − k·A.
        VartimeRistrettoTable table = TableCache.get(bytes);
        if (table == null) { // a key's first signature: the library's generic multiplication
            RistrettoElement expectedR = Constants.RISTRETTO_GENERATOR_TABLE.multiply(s).subtract(point.multiply(k));
            return Arrays.equals(expectedR.compress().toByteArray(), r);
        }
        RistrettoVartime.Scratch scratch = new RistrettoVartime.Scratch();
        RistrettoVartime.Point expectedR = table.multiply(k, true, scratch);
        BasepointTable.TABLE.addMultiple(expectedR, s, false, scratch);
        return Arrays.equals(RistrettoVartime.encode(expectedR), r);
    }

    /**
     * The Ristretto basepoint's table for verification (variable time: s is public), built on the first table
     * verification rather than when the class loads: signing and key derivation never need it.
     */
    private static final class BasepointTable {
        static final VartimeRistrettoTable TABLE = VartimeRistrettoTable.radix256(
                RistrettoVartime.decode(Constants.RISTRETTO_GENERATOR.compress().toByteArray()));
    }

    /**
     * Precomputed multiples of verifying keys, shared across instances of the same key: a validator's key verifies
     * thousands of requests, and a table multiplication costs a fraction of a generic one. A compact table (~50 KB) is
     * built only for a key seen before, so a flood of one-off keys costs neither the build nor memory; a key that has
     * verified {@value #WIDE_AFTER} signatures (a busy validator) is promoted to the wide layout (~0.8 MB, half the
     * additions), at most {@value #WIDE_CAPACITY} of them. All maps are bounded, least recently used out (a subnet
     * has at most 256 neurons and 64 validator permits).
     */
    private static final class TableCache {
        private static final int CAPACITY = 256;
        private static final int SEEN_CAPACITY = 4096;
        private static final int WIDE_AFTER = 1_000;
        private static final int WIDE_CAPACITY = 16;
        private static final java.util.Map<java.nio.ByteBuffer, Boolean> SEEN = lru(SEEN_CAPACITY);
        private static final java.util.Map<java.nio.ByteBuffer, KeyTables> TABLES = lru(CAPACITY);
        private static final java.util.Map<java.nio.ByteBuffer, VartimeRistrettoTable> WIDE = lru(WIDE_CAPACITY);

        /** A key's compact table and how many verifications it has served. */
        private static final class KeyTables {
            final VartimeRistrettoTable compact;
            final java.util.concurrent.atomic.AtomicInteger uses = new java.util.concurrent.atomic.AtomicInteger();

            KeyTables(VartimeRistrettoTable compact) {
                this.compact = compact;
            }
        }

        private static <V> java.util.Map<java.nio.ByteBuffer, V> lru(int capacity) {
            return new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<java.nio.ByteBuffer, V> eldest) {
                    return size() > capacity;
                }
            };
        }

        /** The key's table, or null the first time a key is seen (then the caller multiplies generically). */
        static VartimeRistrettoTable get(byte[] key) {
            java.nio.ByteBuffer id = java.nio.ByteBuffer.wrap(key.clone());
            KeyTables tables;
            synchronized (TABLES) {
                VartimeRistrettoTable wide = WIDE.get(id);
                if (wide != null) {
                    return wide;
                }
                tables = TABLES.get(id);
                if (tables == null && SEEN.put(id, Boolean.TRUE) == null) {
                    return null;
                }
            }
            if (tables == null) {
                RistrettoVartime.Point point = RistrettoVartime.decode(key);
                if (point == null) {
                    return null; // cannot happen for a key the library decoded; the generic path stays correct
                }
                KeyTables built = new KeyTables(VartimeRistrettoTable.radix16(point));
                synchronized (TABLES) {
                    tables = TABLES.putIfAbsent(id, built);
                }
                return tables == null ? built.compact : tables.compact;
            }
            if (tables.uses.incrementAndGet() == WIDE_AFTER) {
                VartimeRistrettoTable wide = VartimeRistrettoTable.radix256(RistrettoVartime.decode(key));
                synchronized (TABLES) {
                    WIDE.put(id, wide);
                }
                return wide;
            }
            return tables.compact;
        }
    }

    RistrettoElement point() {
        return point;
    }

    byte[] bytesUnsafe() {
        return bytes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sr25519PublicKey that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** The SS58 address (prefix 42). */
    @Override
    public String toString() {
        return toSs58();
    }
}
