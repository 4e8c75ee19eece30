package io.logicminer.app.cli;

import io.logicminer.bittensor.wallet.LoadedKey;
import io.logicminer.bittensor.wallet.NewHotkey;
import io.logicminer.bittensor.wallet.Wallet;
import io.logicminer.config.TypesafeComponentConfig;
import io.logicminer.spi.ComponentConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code logicminer wallet}: bittensor hotkeys in btcli's layout. */
@Command(name = "wallet", description = "Bittensor wallet hotkeys (<wallet.path>/<wallet.name>/hotkeys/<wallet.hotkey>).",
        subcommands = {WalletCommand.NewHotkeyCommand.class, WalletCommand.ShowCommand.class})
final class WalletCommand {

    @ParentCommand
    LogicminerCommand root;

    Wallet wallet() {
        ComponentConfig section = new TypesafeComponentConfig(root.bootstrapConfig(), "wallet");
        return Wallet.of(section.getString("path", Wallet.DEFAULT_PATH), section.getString("name", "default"),
                section.getString("hotkey", "default"));
    }

    /** Creates a hotkey from a fresh mnemonic and prints the mnemonic once. */
    @Command(name = "new-hotkey", description = {"Create a hotkey from a fresh mnemonic (printed once: write it down).",
            "Use --wallet.name W --wallet.hotkey H [--wallet.path DIR]."})
    static final class NewHotkeyCommand implements Callable<Integer> {

        @ParentCommand
        WalletCommand wallet;

        @Spec
        CommandSpec spec;

        @Option(names = "--words", defaultValue = "12", description = "Mnemonic length: 12, 15, 18, 21 or 24.")
        int words;

        @Option(names = "--overwrite", description = "Replace an existing hotkey file.")
        boolean overwrite;

        @Override
        public Integer call() {
            if (words % 3 != 0 || words < 12 || words > 24) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--words must be 12, 15, 18, 21 or 24, got " + words);
            }
            NewHotkey created = wallet.wallet().createHotkey(words, overwrite);
            PrintWriter out = spec.commandLine().getOut();
            out.println("hotkey written to " + created.path());
            out.println("ss58 address: " + created.keypair().ss58Address());
            out.println();
            out.println("mnemonic (shown once; anyone with it controls the hotkey):");
            out.println("  " + created.mnemonic());
            out.flush();
            return 0;
        }
    }

    /** Prints a hotkey's address and any warning about its file. */
    @Command(name = "show", description = "Print the hotkey's ss58 address and file warnings.")
    static final class ShowCommand implements Callable<Integer> {

        @ParentCommand
        WalletCommand wallet;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            LoadedKey key = wallet.wallet().loadHotkey();
            PrintWriter out = spec.commandLine().getOut();
            out.println(key.path() + ": " + key.ss58Address()
                    + (key.keypair().isPresent() ? "" : " (public key only)"));
            key.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
            out.flush();
            return 0;
        }
    }
}
