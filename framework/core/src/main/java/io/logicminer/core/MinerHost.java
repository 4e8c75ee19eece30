package io.logicminer.core;

import com.google.inject.Guice;
import com.typesafe.config.Config;
import io.logicminer.config.TypesafeComponentConfig;
import io.logicminer.core.config.ConfigOverrides;
import io.logicminer.core.config.HostConfigLoader;
import io.logicminer.core.metrics.PrometheusMetrics;
import io.logicminer.core.pipeline.PipelineSettings;
import io.logicminer.core.pipeline.SolvePipeline;
import io.logicminer.core.plugin.HostPluginManager;
import io.logicminer.core.registry.ComponentRegistry;
import io.logicminer.core.registry.ComponentTypes;
import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.InvalidConfigException;
import io.logicminer.spi.category.CategoryType;
import io.logicminer.spi.chat.ChatModelType;
import io.logicminer.spi.launch.LaunchProfile;
import io.logicminer.spi.solver.Solver;
import io.logicminer.spi.solver.SolverType;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.inject.Inject;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The running host: effective config, loaded plugins, the component registry and solve pipelines.
 *
 * <p>Start-up order: config layers without plugin defaults (to find {@code plugins.dir}) → plugins load in
 * their own class loaders (they see only the SPI, PF4J and SLF4J of the host) → the full config with every
 * plugin's defaults → validation of every named section's type. Any config problem surfaces as an
 * {@link InvalidConfigException} naming the key and its origin, before anything runs.
 */
public final class MinerHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MinerHost.class);

    /** {@code miner.fallback_solver = auto}: {@code direct} when an LLM endpoint is configured, else none. */
    public static final String AUTO_FALLBACK = "auto";

    private final Config config;
    private final HostConfigLoader loader;
    private final HostPluginManager plugins;
    private final ComponentRegistry registry;
    private final Clock clock;
    private final PrometheusRegistry metrics;

    @Inject
    MinerHost(Config config, HostConfigLoader loader, HostPluginManager plugins, ComponentRegistry registry,
              Clock clock, PrometheusRegistry metrics) {
        this.config = config;
        this.loader = loader;
        this.plugins = plugins;
        this.registry = registry;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Starts a host.
     *
     * @param overrides command-line overrides
     * @param configFile {@code --config FILE}, if given
     */
    public static MinerHost start(ConfigOverrides overrides, Optional<Path> configFile) {
        Optional<Path> home = Optional.ofNullable(System.getenv("LOGICMINER_HOME"))
                .or(() -> Optional.ofNullable(System.getProperty("logicminer.home")))
                .filter(s -> !s.isBlank()).map(Path::of);
        HostConfigLoader loader = HostConfigLoader.of(overrides, configFile, home);
        Config bootstrap = loader.bootstrap();
        ComponentConfig hostSection = new TypesafeComponentConfig(bootstrap, "plugins");
        Path pluginsDir = Path.of(hostSection.getString("dir", home.map(h -> h.resolve("plugins").toString())
                .orElse("plugins")));
        ComponentConfig dataSection = new TypesafeComponentConfig(bootstrap, "data");
        Path dataDir = Path.of(dataSection.getString("dir",
                Path.of(System.getProperty("user.home"), ".logicminer").toString()));

        Clock clock = Clock.systemUTC();
        PrometheusRegistry metrics = new PrometheusRegistry();
        // Extensions are plain objects; host services reach them through the context of every create(...), the
        // metrics registry too (through the SPI's facade: plugins never see Prometheus).
        SimpleHostContext context = new SimpleHostContext(clock, HostVersion.get(), dataDir,
                () -> dataSection.origin("dir"), new PrometheusMetrics(metrics));
        HostPluginManager plugins = HostPluginManager.start(pluginsDir, HostVersion.get());

        List<URL> defaults = new ArrayList<>();
        for (PluginWrapper plugin : plugins.getStartedPlugins()) {
            if (plugin.getPluginClassLoader() instanceof URLClassLoader loaderOfPlugin) {
                URL url = loaderOfPlugin.findResource(HostConfigLoader.PLUGIN_DEFAULTS);
                if (url != null) {
                    defaults.add(url);
                }
            }
        }
        Config config;
        try {
            config = loader.load(defaults);
        } catch (RuntimeException e) {
            plugins.stopPlugins();
            throw e;
        }
        ComponentTypes types = ComponentTypes.of(
                plugins.getExtensions(ChatModelType.class),
                plugins.getExtensions(SolverType.class),
                plugins.getExtensions(CategoryType.class),
                plugins.getExtensions(LaunchProfile.class),
                plugins.getExtensions(io.logicminer.spi.embedding.SentenceEmbedderType.class));
        // Two plugins offering one name: the first found wins, which an operator must hear about at start, not only
        // from `logicminer plugins`.
        types.duplicates().forEach(duplicate -> LOG.warn("{}", duplicate));
        // Guice wires the host from what start-up produced; every value was validated before (no CreationException
        // walls: a config mistake has already surfaced as one InvalidConfigException).
        MinerHost host = Guice.createInjector(new HostModule(config, loader, plugins, types, context, metrics))
                .getInstance(MinerHost.class);
        try {
            host.registry.validateTypes();
        } catch (RuntimeException e) {
            plugins.stopPlugins();
            throw e;
        }
        return host;
    }

    /**
     * The host's metrics registry: every component registers its families here (names prefixed logicminer_), and
     * plugins' families too, through {@code HostContext.metrics()}.
     */
    public PrometheusRegistry metrics() {
        return metrics;
    }

    /** The effective, resolved config. */
    public Config config() {
        return config;
    }

    /** The config file in use, if any. */
    public Optional<Path> configFile() {
        return loader.file();
    }

    /** The plugin manager, for listing plugins and load failures. */
    public HostPluginManager plugins() {
        return plugins;
    }

    /** Named components. */
    public ComponentRegistry registry() {
        return registry;
    }

    /** The host's clock. */
    public Clock clock() {
        return clock;
    }

    /** A config section as plugins see it. */
    public ComponentConfig section(String path) {
        return new TypesafeComponentConfig(config, path);
    }

    /**
     * A pipeline for the configured solver ({@code miner.solver}) or {@code solverOverride}, with the configured
     * fallback ({@code miner.fallback_solver}, empty for none). Builds the solvers now, so their config errors
     * surface here.
     */
    public SolvePipeline pipeline(Optional<String> solverOverride) {
        return pipeline(solverOverride, Optional.empty());
    }

    /**
     * As {@link #pipeline(Optional)}, with the deadline margin replaced — the axon applies the margin itself
     * before it hands the budget over, so its pipeline uses none.
     */
    public SolvePipeline pipeline(Optional<String> solverOverride, Optional<java.time.Duration> marginOverride) {
        ComponentConfig miner = section("miner");
        String primaryName = solverOverride.orElseGet(() -> miner.getString("solver"));
        if (!registry.hasSection("solvers", primaryName)) {
            String key = solverOverride.isPresent() ? "--solver" : "miner.solver";
            throw new InvalidConfigException(key, solverOverride.isPresent() ? "command line" : miner.origin("solver"),
                    "no solver named '" + primaryName + "'; defined: " + registry.defined("solvers"));
        }
        Solver primary = registry.solver(primaryName);
        String fallbackName = miner.getString("fallback_solver", "");
        if (fallbackName.equals(AUTO_FALLBACK)) {
            // The LLM answers what the primary declines - once the operator has pointed us at an endpoint.
            boolean endpointConfigured = loader.setByUser("miner.llm_client.base_url")
                    || loader.setByUser("miner.llm_client") || loader.setByUser("models.default");
            fallbackName = endpointConfigured && registry.hasSection("solvers", "direct") ? "direct" : "";
        }
        Optional<Solver> fallback = Optional.empty();
        if (!fallbackName.isBlank() && !fallbackName.equals(primaryName)) {
            if (!registry.hasSection("solvers", fallbackName)) {
                throw miner.invalid("fallback_solver", "no solver named '" + fallbackName + "'; defined: "
                        + registry.defined("solvers") + " (set it to \"\" for no fallback)");
            }
            fallback = Optional.of(registry.solver(fallbackName));
        }
        double share = miner.getDouble("fallback_share", PipelineSettings.DEFAULT.fallbackShare());
        if (!(share >= 0 && share <= 0.9)) {
            throw miner.invalid("fallback_share", "must be between 0 and 0.9, got " + share);
        }
        var margin = marginOverride.orElseGet(
                () -> miner.getDuration("deadline_margin", PipelineSettings.DEFAULT.deadlineMargin()));
        if (margin.isNegative()) {
            throw miner.invalid("deadline_margin", "must not be negative, got " + margin);
        }
        var reserve = miner.getDuration("solver_reserve", PipelineSettings.DEFAULT_SOLVER_RESERVE);
        if (reserve.isNegative()) {
            throw miner.invalid("solver_reserve", "must not be negative, got " + reserve);
        }
        int cpuWorkers = miner.getInt("cpu_workers", 0);
        if (cpuWorkers < 0) {
            throw miner.invalid("cpu_workers", "must be 0 (one per available processor) or more, got " + cpuWorkers);
        }
        int cpuQueue = miner.getInt("cpu_queue", PipelineSettings.DEFAULT_CPU_QUEUE);
        if (cpuQueue < 0) {
            throw miner.invalid("cpu_queue", "must not be negative, got " + cpuQueue);
        }
        PipelineSettings settings = new PipelineSettings(margin, share, reserve,
                cpuWorkers == 0 ? PipelineSettings.defaultCpuWorkers() : cpuWorkers, cpuQueue);
        return new SolvePipeline(primary, fallback, settings, clock, metrics);
    }

    @Override
    public void close() {
        registry.close();
        plugins.stopPlugins();
    }
}
