package io.logicminer.bittensor.wallet;

import java.nio.file.Path;

/**
 * A Bittensor wallet on disk, laid out as btcli/btwallet does:
 * {@code <path>/<name>/hotkeys/<hotkey>} (the hotkey, with its secret),
 * {@code <path>/<name>/hotkeys/<hotkey>pub.txt} (its public key) and
 * {@code <path>/<name>/coldkeypub.txt} (the coldkey's public key). The default path is
 * {@code ~/.bittensor/wallets}; {@code --wallet.path}, {@code --wallet.name} and {@code --wallet.hotkey}
 * select the files.
 *
 * @param path the wallets directory ({@code wallet.path})
 * @param name the wallet ({@code wallet.name})
 * @param hotkey the hotkey ({@code wallet.hotkey})
 */
public record Wallet(Path path, String name, String hotkey) {

    /** btcli's default {@code wallet.path}. */
    public static final String DEFAULT_PATH = "~/.bittensor/wallets";
    /** btcli's default {@code wallet.name} and {@code wallet.hotkey}. */
    public static final String DEFAULT_NAME = "default";

    public Wallet {
        requireFileName(name, "wallet.name");
        requireFileName(hotkey, "wallet.hotkey");
    }

    /**
     * A wallet from config values; {@code path} may start with {@code ~} (the user's home).
     */
    public static Wallet of(String path, String name, String hotkey) {
        return new Wallet(expandHome(path == null ? DEFAULT_PATH : path), name, hotkey);
    }

    /** {@code ~} or {@code ~/...} expanded to the user's home directory. */
    public static Path expandHome(String path) {
        if (path.equals("~")) {
            return Path.of(System.getProperty("user.home"));
        }
        if (path.startsWith("~/")) {
            return Path.of(System.getProperty("user.home"), path.substring(2));
        }
        return Path.of(path);
    }

    public Path hotkeyPath() {
        return path.resolve(name).resolve("hotkeys").resolve(hotkey);
    }

    public Path hotkeyPubPath() {
        return path.resolve(name).resolve("hotkeys").resolve(hotkey + "pub.txt");
    }

    public Path coldkeyPubPath() {
        return path.resolve(name).resolve("coldkeypub.txt");
    }

    /**
     * Loads the hotkey with its secret.
     *
     * @throws KeyfileException naming the file for a missing, encrypted, malformed or public-only hotkey
     */
    public LoadedKey loadHotkey() {
        LoadedKey key = Keyfile.read(hotkeyPath());
        key.requireKeypair();
        return key;
    }

    /** Loads the coldkey's public key ({@code coldkeypub.txt}). */
    public LoadedKey loadColdkeyPub() {
        return Keyfile.read(coldkeyPubPath());
    }

    /**
     * Creates a new hotkey from a fresh mnemonic of {@code words} words: writes the hotkey file (mode 0600)
     * and {@code <hotkey>pub.txt}, and returns the mnemonic once so it can be shown for backup.
     *
     * @throws KeyfileException if the hotkey exists and {@code overwrite} is false, or on I/O errors
     */
    public NewHotkey createHotkey(int words, boolean overwrite) {
        Keyfile.NewKeyMaterial material = Keyfile.newKeyMaterial(words);
        Keyfile.write(hotkeyPath(), material.data(), overwrite);
        Keyfile.write(hotkeyPubPath(), KeyfileData.ofPublic(material.keypair()), true);
        return new NewHotkey(hotkeyPath(), material.keypair(), material.mnemonic());
    }

    private static void requireFileName(String value, String key) {
        if (value == null || value.isBlank() || value.contains("/") || value.contains("\\")
            || value.equals(".") || value.equals("..")) {
            throw new IllegalArgumentException(key + " must be a plain file name (no slashes), got '" + value
                + "'; use wallet.path for the directory");
        }
    }
}
