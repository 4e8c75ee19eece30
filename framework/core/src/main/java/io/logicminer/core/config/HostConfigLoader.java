package io.logicminer.core.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigResolveOptions;
import io.logicminer.spi.InvalidConfigException;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Builds the effective configuration from its layers, highest first:
 * <ol>
 *   <li>command-line overrides ({@code --a.b.c value});</li>
 *   <li>the config file: {@code --config FILE}, else {@code $LOGICMINER_HOME/conf/application.conf}, else
 *       {@code ./conf/application.conf} when present;</li>
 *   <li>each plugin's {@code logicminer-plugin.conf} (its documented defaults);</li>
 *   <li>the host's {@code reference.conf}.</li>
 * </ol>
 * Substitutions such as {@code ${miner.llm_client}} are resolved across all layers, so an override of
 * {@code miner.llm_client.model} reaches every section built from it.
 */
public final class HostConfigLoader {

    /** Name of the defaults file a plugin ships at the root of its jar. */
    public static final String PLUGIN_DEFAULTS = "logicminer-plugin.conf";

    private final Config overrides;
    private final Optional<Path> file;
    private final Config fileConfig;
    private final Config reference;

    private HostConfigLoader(Config overrides, Optional<Path> file, Config fileConfig, Config reference) {
        this.overrides = overrides;
        this.file = file;
        this.fileConfig = fileConfig;
        this.reference = reference;
    }

    /**
     * @param overrides the command-line overrides
     * @param explicitFile {@code --config FILE}, if given: it must exist
     * @param home the installation directory ({@code LOGICMINER_HOME}), if known
     * @throws InvalidConfigException when the explicit file is missing or any file does not parse
     */
    public static HostConfigLoader of(ConfigOverrides overrides, Optional<Path> explicitFile, Optional<Path> home) {
        Optional<Path> file = explicitFile;
        if (file.isPresent() && !Files.isRegularFile(file.get())) {
            throw new InvalidConfigException("--config", "command line",
                    "file " + file.get().toAbsolutePath() + " does not exist or is not a file");
        }
        if (file.isEmpty()) {
            file = home.map(h -> h.resolve("conf/application.conf")).filter(Files::isRegularFile)
                    .or(() -> Optional.of(Path.of("conf/application.conf")).filter(Files::isRegularFile));
        }
        Config fileConfig = file.map(HostConfigLoader::parseFile).orElse(ConfigFactory.empty());
        Config reference = ConfigFactory.parseResources(HostConfigLoader.class.getClassLoader(), "reference.conf",
                ConfigParseOptions.defaults().setAllowMissing(false));
        return new HostConfigLoader(overrides.asConfig(), file, fileConfig, reference);
    }

    private static Config parseFile(Path path) {
        return ConfigFactory.parseFile(path.toFile(), ConfigParseOptions.defaults().setAllowMissing(false));
    }

    /** True when the command line or the config file sets {@code path} (not only a default). */
    public boolean setByUser(String path) {
        return overrides.hasPathOrNull(path) || fileConfig.hasPathOrNull(path);
    }

    /** The config file in use, if any. */
    public Optional<Path> file() {
        return file;
    }

    /**
     * The config without plugin defaults, for what must be known before plugins load ({@code plugins.dir},
     * {@code logging.debug}). Substitutions that need plugin defaults stay unresolved.
     */
    public Config bootstrap() {
        return overrides.withFallback(fileConfig).withFallback(reference)
                .resolve(ConfigResolveOptions.defaults().setAllowUnresolved(true));
    }

    /** The effective config, with the plugin defaults found at {@code pluginDefaults}. */
    public Config load(List<URL> pluginDefaults) {
        Config merged = overrides.withFallback(fileConfig);
        for (URL url : pluginDefaults) {
            merged = merged.withFallback(ConfigFactory.parseURL(url,
                    ConfigParseOptions.defaults().setAllowMissing(false)));
        }
        return merged.withFallback(reference).resolve();
    }
}
