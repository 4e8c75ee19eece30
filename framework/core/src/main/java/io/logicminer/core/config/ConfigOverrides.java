package io.logicminer.core.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a command line into the options the CLI itself knows and {@code --a.b.c value} config overrides.
 *
 * <p>This keeps the reference miner's command line working verbatim: any {@code --key} that is not one of the
 * CLI's own options overrides config path {@code key}. The value is the next token, unless there is none or it
 * starts with {@code --}, in which case the key is a flag set to {@code true}. {@code --key=value} works too.
 * The reference miner's switches ({@link #SWITCHES}: {@code --logging.debug}) take no value there, so here they
 * take the next token only when it is {@code true} or {@code false}: {@code --logging.debug mine} debugs the
 * {@code mine} command.
 */
public final class ConfigOverrides {

    /** Keys that are on/off switches on the reference miner's command line. */
    public static final Set<String> SWITCHES = Set.of("logging.debug");

    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");

    private final Map<String, String> values;
    private final List<String> remainingArgs;

    private ConfigOverrides(Map<String, String> values, List<String> remainingArgs) {
        this.values = Collections.unmodifiableMap(values);
        this.remainingArgs = List.copyOf(remainingArgs);
    }

    /**
     * Separates overrides from the CLI's own arguments.
     *
     * @param args the raw command line
     * @param cliOptions the long options picocli handles (e.g. {@code --in}, {@code --solver}); they are left
     *     in place together with their values
     * @param cliFlags those of {@code cliOptions} that take no value
     */
    public static ConfigOverrides parse(String[] args, Set<String> cliOptions, Set<String> cliFlags) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>();
        boolean endOfOptions = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (endOfOptions || !arg.startsWith("--") || arg.equals("--")) {
                endOfOptions |= arg.equals("--");
                rest.add(arg);
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (cliOptions.contains(name)) {
                rest.add(arg);
                if (eq < 0 && !cliFlags.contains(name) && i + 1 < args.length) {
                    rest.add(args[++i]);
                }
                continue;
            }
            String key = name.substring(2);
            if (!KEY.matcher(key).matches()) {
                rest.add(arg);
                continue;
            }
            String value;
            if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")
                    && (!SWITCHES.contains(key) || args[i + 1].equals("true") || args[i + 1].equals("false"))) {
                value = args[++i];
            } else {
                value = "true";
            }
            values.put(key, value);
        }
        return new ConfigOverrides(values, rest);
    }

    /** A copy with {@code defaults} added for the paths the command line does not set itself. */
    public ConfigOverrides withDefaults(Map<String, String> defaults) {
        Map<String, String> merged = new LinkedHashMap<>(defaults);
        merged.putAll(values);
        return new ConfigOverrides(merged, remainingArgs);
    }

    /** The overrides, config path to raw string value, in command-line order. */
    public Map<String, String> values() {
        return values;
    }

    /** The arguments left for picocli. */
    public String[] remainingArgs() {
        return remainingArgs.toArray(String[]::new);
    }

    /** The overrides as a config whose origins say "command line --key". */
    public Config asConfig() {
        Config config = ConfigFactory.empty();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            Config single = ConfigFactory.parseMap(Map.of(entry.getKey(), entry.getValue()),
                    "command line --" + entry.getKey());
            config = single.withFallback(config);
        }
        return config;
    }
}
