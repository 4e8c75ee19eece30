package io.logicminer.app.cli;

import com.typesafe.config.ConfigException;
import io.logicminer.config.ConfigOrigins;
import io.logicminer.core.config.ConfigOverrides;
import io.logicminer.spi.InvalidConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Set;

/** Entry point of {@code bin/logicminer}. Exit codes: 0 ok, 1 failure, 2 usage or configuration error. */
public final class Main {

    /** Usage or configuration error. */
    public static final int EXIT_USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI; never calls {@link System#exit}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, CommandLine.defaultFactory());
    }

    /** Runs the CLI with subcommands made by {@code factory} (tests hand {@code mine} a stop handle). */
    static int run(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
        // Logging, Jackson, the curve tables and Guice set themselves up on other threads while picocli builds its
        // model: about a fifth of `mine`'s start-up on two cores (docs/benchmarks.md).
        StartupWarmup.begin();
        LogicminerCommand root = new LogicminerCommand();
        CommandLine commandLine = new CommandLine(root, factory);
        for (Class<?> subcommand : LogicminerCommand.subcommandsFor(args)) {
            commandLine.addSubcommand(subcommand);
        }
        withHelpOptions(commandLine.getCommandSpec());
        Set<String> options = new HashSet<>();
        Set<String> flags = new HashSet<>();
        collectOptions(commandLine.getCommandSpec(), options, flags);
        ConfigOverrides overrides = ConfigOverrides.parse(args, options, flags);
        root.overrides(overrides);
        if ("true".equalsIgnoreCase(overrides.values().getOrDefault("logging.debug", "false"))) {
            Logging.enableDebug();
        }
        // The command line's --logging.debug is on above, before anything runs; the config file's is read once
        // picocli has parsed --config, before the command runs.
        commandLine.setExecutionStrategy(parsed -> {
            StartupWarmup.awaitLogging();
            root.applyLoggingConfig();
            return new CommandLine.RunLast().execute(parsed);
        });
        commandLine.setOut(out).setErr(err)
                .setExecutionExceptionHandler((e, cmd, parsed) -> handle(e, err))
                .setParameterExceptionHandler((e, a) -> {
                    err.println("error: " + e.getMessage());
                    err.println("see: logicminer " + e.getCommandLine().getCommandName().replace("logicminer", "")
                            .strip() + " --help");
                    err.flush();
                    return EXIT_USAGE;
                });
        return commandLine.execute(overrides.remainingArgs());
    }

    private static int handle(Exception e, PrintWriter err) {
        if (e instanceof InvalidConfigException invalid) {
            err.println("config error: " + invalid.getMessage());
            err.flush();
            return EXIT_USAGE;
        }
        if (e instanceof ConfigException config) {
            String where = config.origin() == null ? "" : " (" + ConfigOrigins.describe(config.origin()) + ")";
            String message = config.getMessage();
            err.println("config error: " + message + (message.contains(where.strip()) ? "" : where));
            err.flush();
            return EXIT_USAGE;
        }
        if (e instanceof io.logicminer.bittensor.wallet.KeyfileException keyfile) {
            err.println("wallet error: " + keyfile.getMessage());
            err.flush();
            return 1;
        }
        if (e instanceof InterruptedException) {
            err.println("interrupted");
            err.flush();
            return 1;
        }
        err.println("error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        if (Logging.debugEnabled()) {
            e.printStackTrace(err);
        } else {
            err.println("(run with --logging.debug for the stack trace)");
        }
        err.flush();
        return 1;
    }

    /** Every command answers -h/--help (and -V/--version), not only the top one. */
    private static void withHelpOptions(CommandSpec spec) {
        spec.mixinStandardHelpOptions(true);
        for (CommandLine sub : spec.subcommands().values()) {
            withHelpOptions(sub.getCommandSpec());
        }
    }

    private static void collectOptions(CommandSpec spec, Set<String> options, Set<String> flags) {
        for (OptionSpec option : spec.options()) {
            for (String name : option.names()) {
                if (name.startsWith("--")) {
                    options.add(name);
                    if (option.arity().max() == 0) {
                        flags.add(name);
                    }
                    if (option.negatable()) {
                        String negated = "--no-" + name.substring(2);
                        options.add(negated);
                        flags.add(negated);
                    }
                }
            }
        }
        for (CommandLine sub : spec.subcommands().values()) {
            collectOptions(sub.getCommandSpec(), options, flags);
        }
    }

}
