package io.logicminer.core.plugin;

import com.google.inject.ConfigurationException;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import org.pf4j.ExtensionFactory;
import org.pf4j.PluginRuntimeException;

import java.util.function.Supplier;

/**
 * Where Guice meets PF4J: extensions are created by the host's injector, so an extension whose constructor is
 * annotated {@code @jakarta.inject.Inject} receives host services (the {@link io.logicminer.spi.HostContext},
 * the {@link java.time.Clock}). Plugins never see Guice itself.
 */
public final class GuiceExtensionFactory implements ExtensionFactory {

    private final Supplier<Injector> injector;

    /** @param injector supplies the host injector; called when the first extension is created */
    public GuiceExtensionFactory(Supplier<Injector> injector) {
        this.injector = injector;
    }

    @Override
    public <T> T create(Class<T> extensionClass) {
        try {
            return injector.get().getInstance(extensionClass);
        } catch (ConfigurationException | ProvisionException e) {
            throw new PluginRuntimeException(e, "cannot create extension {}: {}", extensionClass.getName(),
                    e.getMessage());
        }
    }
}
