package io.logicminer.core.plugin;

import org.pf4j.ClassLoadingStrategy;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A plugin's class loader: the host lends it only its API, everything else the plugin brings itself.
 *
 * <ol>
 *   <li>{@link #HOST_API_PACKAGES} ({@code io.logicminer.spi}, PF4J, SLF4J) come from the host, always, so the
 *       host and every plugin share one copy of the types that cross the boundary;</li>
 *   <li>the JDK (the platform class loader) comes next, as nobody can replace {@code java.*};</li>
 *   <li>then the plugin's own jars (child-first), then the plugins named in its {@code Plugin-Dependencies}.</li>
 * </ol>
 * Nothing else of the host's class path is visible: a plugin that uses Guice, OkHttp, Jetty, Jackson or the
 * host's own classes without bundling them gets a {@link ClassNotFoundException}, here in development as in
 * production, instead of silently running on whatever version the host happens to ship. PF4J's own
 * {@link PluginClassLoader} falls back to the whole application class path, which is why it is replaced.
 */
public final class IsolatedPluginClassLoader extends PluginClassLoader {

    /** Package prefixes the host lends to plugins. Everything a plugin compiles against lives here. */
    public static final List<String> HOST_API_PACKAGES = List.of("io.logicminer.spi.", "org.pf4j.", "org.slf4j.");

    private static final List<String> HOST_API_RESOURCES = HOST_API_PACKAGES.stream()
            .map(prefix -> prefix.replace('.', '/')).toList();

    // Each plugin lists its own extensions; a dependency's index must not be read as the plugin's.
    private static final String EXTENSION_INDEX = "META-INF/extensions.idx";

    static {
        registerAsParallelCapable();
    }

    private final String pluginId;
    private final ClassLoader host;
    private final ClassLoader jdk;

    /**
     * @param pluginManager resolves the class loaders of the plugin's dependencies
     * @param descriptor the plugin's descriptor
     * @param host the class loader that holds the host API (the host's application class loader)
     */
    public IsolatedPluginClassLoader(PluginManager pluginManager, PluginDescriptor descriptor, ClassLoader host) {
        // The parent is the JDK alone, so nothing inherited from URLClassLoader can reach the host's class path.
        super(pluginManager, descriptor, ClassLoader.getPlatformClassLoader(), ClassLoadingStrategy.PDA);
        this.pluginId = descriptor.getPluginId();
        this.host = host;
        this.jdk = ClassLoader.getPlatformClassLoader();
    }

    /** Whether {@code className} belongs to the API the host lends to plugins. */
    public static boolean isHostApi(String className) {
        for (String prefix : HOST_API_PACKAGES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Class<?> loadClass(String className) throws ClassNotFoundException {
        return loadClass(className, false);
    }

    @Override
    protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(className)) {
            Class<?> loaded = findLoadedClass(className);
            if (loaded == null) {
                loaded = isHostApi(className) ? host.loadClass(className) : loadUnshared(className);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private Class<?> loadUnshared(String className) throws ClassNotFoundException {
        try {
            return jdk.loadClass(className);
        } catch (ClassNotFoundException notJdk) {
            // not a JDK class: the plugin's own, or a dependency's
        }
        try {
            return findClass(className);
        } catch (ClassNotFoundException notOwn) {
            // maybe a dependency's
        }
        Class<?> fromDependency = loadClassFromDependencies(className);
        if (fromDependency != null) {
            return fromDependency;
        }
        throw new ClassNotFoundException(className + " is not in plugin " + pluginId
                + " (a plugin sees its own jars, its Plugin-Dependencies, the JDK and the host API: "
                + String.join(", ", HOST_API_PACKAGES.stream().map(p -> p.substring(0, p.length() - 1)).toList())
                + "; bundle the library in the plugin)");
    }

    @Override
    public URL getResource(String name) {
        if (isHostApiResource(name)) {
            return host.getResource(name);
        }
        URL url = findResource(name);
        if (url == null && !EXTENSION_INDEX.equals(name)) {
            url = findResourceFromDependencies(name);
        }
        return url != null ? url : jdk.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (isHostApiResource(name)) {
            return host.getResources(name);
        }
        List<URL> urls = new ArrayList<>(Collections.list(findResources(name)));
        if (!EXTENSION_INDEX.equals(name)) {
            urls.addAll(findResourcesFromDependencies(name));
            urls.addAll(Collections.list(jdk.getResources(name)));
        }
        return Collections.enumeration(urls);
    }

    private static boolean isHostApiResource(String name) {
        String path = name.startsWith("/") ? name.substring(1) : name;
        for (String prefix : HOST_API_RESOURCES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "IsolatedPluginClassLoader[" + pluginId + "]";
    }
}
