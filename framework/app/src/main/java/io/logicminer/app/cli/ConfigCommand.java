package io.logicminer.app.cli;

import io.logicminer.core.MinerHost;
import io.logicminer.core.config.EffectiveConfigPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code logicminer config}: the effective config with the origin of every value, secrets masked. */
@Command(name = "config", description = "Print the effective config: every value with its origin, secrets masked.")
final class ConfigCommand implements Callable<Integer> {

    @ParentCommand
    LogicminerCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (MinerHost host = root.startHost()) {
            out.println("# config file: " + host.configFile().map(p -> p.toAbsolutePath().normalize().toString())
                    .orElse("(none)"));
            EffectiveConfigPrinter.lines(host.config()).forEach(out::println);
            out.flush();
            return 0;
        }
    }
}
