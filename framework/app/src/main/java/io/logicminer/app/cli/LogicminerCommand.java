package io.logicminer.app.cli;

import io.logicminer.core.HostVersion;
import io.logicminer.core.MinerHost;
import io.logicminer.core.config.ConfigOverrides;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The {@code logicminer} command: options every subcommand shares and the host they start. */
@Command(name = "logicminer", mixinStandardHelpOptions = true, versionProvider = LogicminerCommand.Version.class,
        description = {"A miner for LogicNet (Bittensor subnet 35).",
                "Any --a.b.c VALUE overrides config path a.b.c (e.g. --miner.llm_client.model Qwen/Qwen2-7B-Instruct)."},
        footer = {"", "Exit codes: 0 ok, 1 failure, 2 usage or configuration error."})
public final class LogicminerCommand {

    /**
     * The subcommands, in the order {@code --help} lists them. {@link Main} adds them: only the one invoked when the
     * command line starts with its name (picocli then builds one command's model instead of all of them, a tenth of
     * a second of every start), else all.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(SolveCommand.class, PluginsCommand.class, ConfigCommand.class,
            WalletCommand.class, MineCommand.class, EvalCommand.class, MetagraphCommand.class, GpuCommand.class);

    /** The subcommands {@code args} can reach when picocli parses them: see {@link #SUBCOMMANDS}. */
    static List<Class<?>> subcommandsFor(String[] args) {
        if (args.length > 0) {
            for (Class<?> command : SUBCOMMANDS) {
                if (command.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(command);
                }
            }
        }
        return SUBCOMMANDS;
    }

    @Option(names = "--config", paramLabel = "FILE", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Config file (HOCON). Default: $LOGICMINER_HOME/conf/application.conf or ./conf/application.conf.")
    Path configFile;

    private ConfigOverrides overrides = ConfigOverrides.parse(new String[0], java.util.Set.of(), java.util.Set.of());

    void overrides(ConfigOverrides value) {
        this.overrides = value;
    }

    ConfigOverrides overrides() {
        return overrides;
    }

    /** The config file and overrides without plugins, for commands that need no host (wallet). */
    com.typesafe.config.Config bootstrapConfig() {
        java.util.Optional<Path> home = java.util.Optional.ofNullable(System.getenv("LOGICMINER_HOME"))
                .or(() -> java.util.Optional.ofNullable(System.getProperty("logicminer.home")))
                .filter(s -> !s.isBlank()).map(Path::of);
        return io.logicminer.core.config.HostConfigLoader.of(overrides, Optional.ofNullable(configFile), home)
                .bootstrap();
    }

    /**
     * Applies {@code logging.debug} from the config file (or the command line). A config that cannot be read is
     * left to the command, which reports it; a {@code logging.debug} that is not a boolean is a config error.
     */
    void applyLoggingConfig() {
        com.typesafe.config.Config bootstrap;
        try {
            bootstrap = bootstrapConfig();
        } catch (RuntimeException unreadable) {
            return;
        }
        try {
            Logging.apply(bootstrap);
        } catch (RuntimeException e) {
            throw new picocli.CommandLine.ExecutionException(new picocli.CommandLine(this), e.getMessage(), e);
        }
    }

    /** Starts a host from the command line's config file and overrides. */
    MinerHost startHost() {
        return MinerHost.start(overrides, Optional.ofNullable(configFile));
    }

    /** Prints the version. */
    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"logicminer " + HostVersion.get() + " (Java " + Runtime.version() + ")"};
        }
    }
}
