package io.logicminer.core;

import com.google.inject.AbstractModule;
import com.typesafe.config.Config;
import io.logicminer.core.config.HostConfigLoader;
import io.logicminer.core.plugin.HostPluginManager;
import io.logicminer.core.registry.ComponentTypes;
import io.logicminer.spi.HostContext;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import java.time.Clock;

/**
 * The host's wiring: the services start-up produced (effective config, loaded plugins and their component types,
 * the context handed to plugins, the metrics registry), from which Guice builds the component registry and the
 * {@link MinerHost}. Wiring only: no I/O, no conditions. Plugins never see Guice; their extensions reach host
 * services through the {@link HostContext} of every {@code create(...)}.
 */
final class HostModule extends AbstractModule {

    private final Config config;
    private final HostConfigLoader loader;
    private final HostPluginManager plugins;
    private final ComponentTypes types;
    private final HostContext context;
    private final PrometheusRegistry metrics;

    HostModule(Config config, HostConfigLoader loader, HostPluginManager plugins, ComponentTypes types,
               HostContext context, PrometheusRegistry metrics) {
        this.config = config;
        this.loader = loader;
        this.plugins = plugins;
        this.types = types;
        this.context = context;
        this.metrics = metrics;
    }

    @Override
    protected void configure() {
        bind(Config.class).toInstance(config);
        bind(HostConfigLoader.class).toInstance(loader);
        bind(HostPluginManager.class).toInstance(plugins);
        bind(ComponentTypes.class).toInstance(types);
        bind(HostContext.class).toInstance(context);
        bind(Clock.class).toInstance(context.clock());
        bind(PrometheusRegistry.class).toInstance(metrics);
    }
}
