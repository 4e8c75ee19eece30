package io.logicminer.bittensor.wallet;

import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.bittensor.crypto.Sr25519PublicKey;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A key read from a keyfile.
 *
 * @param path the file it came from
 * @param publicKey the public key
 * @param keypair the keypair when the file holds a secret, else empty (public-key files)
 * @param warnings things the operator should fix, e.g. a file readable by group or others
 */
public record LoadedKey(Path path, Sr25519PublicKey publicKey, Optional<Sr25519Keypair> keypair, List<String> warnings) {

    public LoadedKey {
        warnings = List.copyOf(warnings);
    }

    /** The SS58 address (prefix 42). */
    public String ss58Address() {
        return publicKey.toSs58();
    }

    /**
     * The keypair.
     *
     * @throws KeyfileException if the file holds only a public key
     */
    public Sr25519Keypair requireKeypair() {
        return keypair.orElseThrow(() -> new KeyfileException("keyfile " + path + " holds only a public key ("
            + ss58Address() + "); signing needs the hotkey file with its secret"));
    }
}
