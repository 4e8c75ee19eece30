package io.logicminer.bittensor.verification;

import io.logicminer.bittensor.crypto.Sr25519PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link HotkeySignatureVerifier} on the bittensor-crypto sr25519 code. Decoded public keys (SS58 checksum and
 * Ristretto decompression) are cached in a bounded LRU map, so a validator's key is decoded once.
 */
public final class Sr25519HotkeyVerifier implements HotkeySignatureVerifier {

    private final Map<String, Sr25519PublicKey> cache;

    /** A verifier caching up to {@code cacheSize} decoded keys. */
    public Sr25519HotkeyVerifier(int cacheSize) {
        if (cacheSize < 1) {
            throw new IllegalArgumentException("cacheSize must be at least 1, got " + cacheSize);
        }
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Sr25519PublicKey> eldest) {
                return size() > cacheSize;
            }
        };
    }

    public Sr25519HotkeyVerifier() {
        this(4096);
    }

    @Override
    public boolean verify(String ss58Hotkey, byte[] message, byte[] signature) {
        Sr25519PublicKey key;
        synchronized (cache) {
            key = cache.get(ss58Hotkey);
        }
        if (key == null) {
            try {
                key = Sr25519PublicKey.fromSs58(ss58Hotkey);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("hotkey '" + ss58Hotkey + "' is not a valid SS58 sr25519 address: "
                    + e.getMessage(), e);
            }
            synchronized (cache) {
                cache.put(ss58Hotkey, key);
            }
        }
        return key.verify(message, signature);
    }
}
