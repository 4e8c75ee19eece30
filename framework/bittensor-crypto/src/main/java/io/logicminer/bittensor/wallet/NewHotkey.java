package io.logicminer.bittensor.wallet;

import io.logicminer.bittensor.crypto.Sr25519Keypair;
import java.nio.file.Path;

/**
 * A hotkey just created by {@link Wallet#createHotkey(int, boolean)}. The mnemonic is returned once so
 * the CLI can show it to the operator for backup; {@link #toString()} hides it.
 *
 * @param path the hotkey file written (mode 0600)
 * @param keypair the new keypair
 * @param mnemonic the recovery phrase (secret)
 */
public record NewHotkey(Path path, Sr25519Keypair keypair, String mnemonic) {

    @Override
    public String toString() {
        return "NewHotkey[path=" + path + ", ss58Address=" + keypair.ss58Address() + ", mnemonic=<hidden>]";
    }
}
