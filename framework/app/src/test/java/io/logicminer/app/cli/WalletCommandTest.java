package io.logicminer.app.cli;

import io.logicminer.bittensor.crypto.Sr25519Keypair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WalletCommandTest {

    @TempDir
    Path dir;

    private int run(StringWriter out, StringWriter err, String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void newHotkeyWritesAPrivateKeyfileAndPrintsTheMnemonicOnce() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "wallet", "new-hotkey", "--wallet.path", dir.toString(), "--wallet.name", "miner",
                "--wallet.hotkey", "hk1");
        assertEquals(0, code, err.toString());
        Path file = dir.resolve("miner/hotkeys/hk1");
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(file));
        String printed = out.toString();
        String mnemonic = printed.lines().filter(l -> l.startsWith("  ")).findFirst().orElseThrow().strip();
        assertEquals(12, mnemonic.split(" ").length);
        String address = printed.lines().filter(l -> l.startsWith("ss58 address: ")).findFirst().orElseThrow()
                .substring("ss58 address: ".length());
        assertEquals(Sr25519Keypair.fromMnemonic(mnemonic, "").ss58Address(), address);

        StringWriter shown = new StringWriter();
        assertEquals(0, run(shown, new StringWriter(), "wallet", "show", "--wallet.path", dir.toString(),
                "--wallet.name", "miner", "--wallet.hotkey", "hk1"));
        assertTrue(shown.toString().contains(address));
        assertTrue(!shown.toString().contains(mnemonic), "show never prints the secret");

        StringWriter again = new StringWriter();
        StringWriter againErr = new StringWriter();
        assertEquals(1, run(again, againErr, "wallet", "new-hotkey", "--wallet.path", dir.toString(),
                "--wallet.name", "miner", "--wallet.hotkey", "hk1"));
        assertTrue(againErr.toString().startsWith("wallet error: "), againErr.toString());
    }

    @Test
    void aMissingHotkeyIsAClearError() {
        StringWriter err = new StringWriter();
        assertEquals(1, run(new StringWriter(), err, "wallet", "show", "--wallet.path", dir.toString()));
        assertTrue(err.toString().contains(dir.toString()), err.toString());
    }
}
