package io.logicminer.bittensor.verification;

import io.logicminer.bittensor.crypto.Sr25519Keypair;
import java.util.Objects;

/** {@link RequestSigner} over an sr25519 keypair (the wallet's hotkey). */
public final class Sr25519RequestSigner implements RequestSigner {

    private final Sr25519Keypair keypair;
    private final String hotkey;

    public Sr25519RequestSigner(Sr25519Keypair keypair) {
        this.keypair = Objects.requireNonNull(keypair, "keypair");
        this.hotkey = keypair.ss58Address();
    }

    @Override
    public String hotkey() {
        return hotkey;
    }

    @Override
    public byte[] sign(byte[] message) {
        return keypair.sign(message);
    }
}
