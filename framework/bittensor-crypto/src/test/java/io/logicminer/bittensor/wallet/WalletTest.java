package io.logicminer.bittensor.wallet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.logicminer.bittensor.crypto.Hex;
import io.logicminer.bittensor.crypto.Mnemonic;
import io.logicminer.bittensor.crypto.Sr25519;
import io.logicminer.bittensor.crypto.Sr25519Keypair;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalletTest {

    private static final String SAMPLE_ADDRESS = "5EHgWw2Af1pnoc7f1A8bfmM97W3DAYW8xr82RfhLL9oAabAe";
    private static final String SAMPLE_PHRASE = "legal winner thank year wave sausage worth useful legal winner thank yellow";

    @TempDir
    Path root;

    @Test
    void loadsAHandWrittenBtcliHotkey() throws IOException {
        Wallet wallet = new Wallet(root, "miner", "default");
        install("btcli-hotkey.json", wallet.hotkeyPath(), "rw-------");
        LoadedKey key = wallet.loadHotkey();
        assertEquals(SAMPLE_ADDRESS, key.ss58Address());
        assertTrue(key.warnings().isEmpty(), key.warnings().toString());
        Sr25519Keypair keypair = key.requireKeypair();
        byte[] message = "axon".getBytes(StandardCharsets.UTF_8);
        assertTrue(Sr25519.verify(keypair.publicKeyBytes(), message, keypair.sign(message)));
        assertEquals(Sr25519Keypair.fromMnemonic(SAMPLE_PHRASE, "").ss58Address(), keypair.ss58Address());
    }

    @Test
    void privateKeyAloneInEitherFormGivesTheSameKey() throws IOException {
        for (String sample : new String[] {"private-key-only.json", "private-key-ed25519-form.json"}) {
            Path file = root.resolve(sample);
            install(sample, file, "rw-------");
            LoadedKey key = Keyfile.read(file);
            assertEquals(SAMPLE_ADDRESS, key.ss58Address(), sample);
            byte[] message = {1, 2, 3};
            assertTrue(Sr25519.verify(key.publicKey().toBytes(), message, key.requireKeypair().sign(message)), sample);
        }
    }

    @Test
    void coldkeyPubHasNoSecret() throws IOException {
        Wallet wallet = new Wallet(root, "miner", "default");
        install("coldkeypub.txt", wallet.coldkeyPubPath(), "rw-r--r--");
        LoadedKey key = wallet.loadColdkeyPub();
        assertEquals("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", key.ss58Address());
        assertTrue(key.keypair().isEmpty());
        assertTrue(key.warnings().isEmpty(), "public files may be world-readable");
        KeyfileException e = assertThrows(KeyfileException.class, key::requireKeypair);
        assertTrue(e.getMessage().contains("only a public key"), e.getMessage());
    }

    @Test
    void createdHotkeyRoundTripsWithOwnerOnlyMode() throws IOException {
        Wallet wallet = Wallet.of(root.toString(), "miner", "hk1");
        NewHotkey created = wallet.createHotkey(12, false);
        assertEquals(wallet.hotkeyPath(), created.path());
        assertTrue(Mnemonic.isValid(created.mnemonic()));
        assertFalse(created.toString().contains(created.mnemonic().split(" ")[0] + " "), created.toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(wallet.hotkeyPath())));

        LoadedKey loaded = wallet.loadHotkey();
        assertEquals(created.keypair().ss58Address(), loaded.ss58Address());
        assertTrue(loaded.warnings().isEmpty());
        assertEquals(created.keypair().ss58Address(),
            Sr25519Keypair.fromMnemonic(created.mnemonic(), "").ss58Address());
        Map<String, String> json = FlatJson.parseObject(Files.readString(wallet.hotkeyPath()));
        assertEquals(java.util.List.of("accountId", "publicKey", "privateKey", "secretPhrase", "secretSeed", "ss58Address"),
            java.util.List.copyOf(json.keySet()));
        assertEquals(created.mnemonic(), json.get("secretPhrase"));
        assertTrue(json.get("privateKey").startsWith("0x") && json.get("privateKey").length() == 130);
        assertArrayEquals(created.keypair().toExpandedSecret(), Hex.decode(json.get("privateKey")));
        assertEquals(created.keypair().ss58Address(), Keyfile.read(wallet.hotkeyPubPath()).ss58Address());
        assertTrue(Keyfile.read(wallet.hotkeyPubPath()).keypair().isEmpty());

        KeyfileException exists = assertThrows(KeyfileException.class, () -> wallet.createHotkey(12, false));
        assertTrue(exists.getMessage().contains("already exists"), exists.getMessage());
        NewHotkey replaced = wallet.createHotkey(24, true);
        assertEquals(replaced.keypair().ss58Address(), wallet.loadHotkey().ss58Address());
    }

    @Test
    void warnsWhenASecretIsReadableByOthers() throws IOException {
        Path file = root.resolve("hotkey");
        install("btcli-hotkey.json", file, "rw-r--r--");
        LoadedKey key = Keyfile.read(file);
        assertEquals(1, key.warnings().size());
        assertTrue(key.warnings().get(0).contains("chmod 600 " + file), key.warnings().get(0));
    }

    @Test
    void encryptedFilesAreNamedAndExplained() throws IOException {
        Files.writeString(root.resolve("nacl"), "$NACL" + "x".repeat(60));
        Files.writeString(root.resolve("vault"), "$ANSIBLE_VAULT;1.1;AES256\n6231");
        Files.writeString(root.resolve("fernet"), "gAAAAABkZ2xvYmFs");
        for (String name : new String[] {"nacl", "vault", "fernet"}) {
            KeyfileException e = assertThrows(KeyfileException.class, () -> Keyfile.read(root.resolve(name)));
            assertTrue(e.getMessage().contains("encrypted") && e.getMessage().contains(root.resolve(name).toString()),
                e.getMessage());
        }
    }

    @Test
    void malformedFilesNameThePathAndNeverTheSecret() throws IOException {
        Path truncated = root.resolve("truncated");
        Files.writeString(truncated, "{\"secretPhrase\": \"" + SAMPLE_PHRASE);
        KeyfileException e = assertThrows(KeyfileException.class, () -> Keyfile.read(truncated));
        assertTrue(e.getMessage().contains(truncated.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("legal"), e.getMessage());

        Path badPhrase = root.resolve("bad-phrase");
        Files.writeString(badPhrase, "{\"secretPhrase\": \"legal winner thank year wave sausage worth useful legal "
            + "winner thank thank\"}");
        KeyfileException checksum = assertThrows(KeyfileException.class, () -> Keyfile.read(badPhrase));
        assertTrue(checksum.getMessage().contains("checksum"), checksum.getMessage());
        assertFalse(checksum.getMessage().contains("legal"), checksum.getMessage());

        Path mismatch = root.resolve("mismatch");
        Files.writeString(mismatch, "{\"secretPhrase\": \"" + SAMPLE_PHRASE + "\", \"ss58Address\": "
            + "\"5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY\"}");
        KeyfileException disagree = assertThrows(KeyfileException.class, () -> Keyfile.read(mismatch));
        assertTrue(disagree.getMessage().contains(SAMPLE_ADDRESS), disagree.getMessage());

        Path empty = root.resolve("empty");
        Files.writeString(empty, "{}");
        assertThrows(KeyfileException.class, () -> Keyfile.read(empty));

        KeyfileException missing = assertThrows(KeyfileException.class,
            () -> new Wallet(root, "nope", "default").loadHotkey());
        assertTrue(missing.getMessage().contains("does not exist") && missing.getMessage().contains("nope"),
            missing.getMessage());
    }

    @Test
    void walletLayoutAndNames() {
        Wallet wallet = Wallet.of("~/.bittensor/wallets", "default", "default");
        assertEquals(Path.of(System.getProperty("user.home"), ".bittensor", "wallets", "default", "hotkeys", "default"),
            wallet.hotkeyPath());
        assertThrows(IllegalArgumentException.class, () -> Wallet.of(null, "../x", "default"));
        assertThrows(IllegalArgumentException.class, () -> Wallet.of(null, "default", ""));
    }

    @Test
    void keyfileDataToStringHidesSecrets() {
        Sr25519Keypair keypair = Sr25519Keypair.fromMnemonic(SAMPLE_PHRASE, "");
        KeyfileData data = KeyfileData.ofMnemonic(SAMPLE_PHRASE, keypair, Mnemonic.toMiniSecret(SAMPLE_PHRASE, ""));
        assertFalse(data.toString().contains("legal"));
        assertFalse(data.toString().contains(data.privateKey().substring(2, 20)));
    }

    private static void install(String resource, Path target, String mode) throws IOException {
        Files.createDirectories(target.getParent());
        try (InputStream in = WalletTest.class.getResourceAsStream(resource)) {
            Files.write(target, in.readAllBytes());
        }
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(mode));
    }
}
