package io.logicminer.core.plugin;

import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFactory;
import org.pf4j.ExtensionWrapper;
import org.pf4j.JarPluginLoader;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;
import org.pf4j.PluginRepository;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;
import org.pf4j.util.FileUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The PF4J plugin manager of the host: loads {@code .jar} and {@code .zip} plugins from one directory, each in
 * its own {@link IsolatedPluginClassLoader}, creates extensions with their no-argument constructor and keeps a
 * list of the plugins (and extensions) that failed instead of stopping at the first one.
 */
public final class HostPluginManager extends DefaultPluginManager {

    private final List<PluginLoadFailure> failures = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> failedExtensions = ConcurrentHashMap.newKeySet();

    private HostPluginManager(Path directory) {
        super(List.of(directory));
    }

    /**
     * Loads and starts every plugin found by {@link PluginLocations#find(Path)} in {@code directory}.
     *
     * @param directory the plugins directory
     * @param hostVersion the host version, checked against a plugin's {@code Plugin-Requires}
     */
    public static HostPluginManager start(Path directory, String hostVersion) {
        HostPluginManager manager = new HostPluginManager(directory);
        manager.setSystemVersion(hostVersion.replace("-SNAPSHOT", ""));
        manager.loadPlugins();
        manager.startPlugins();
        for (PluginWrapper plugin : manager.getPlugins()) {
            if (plugin.getPluginState() == PluginState.FAILED) {
                Throwable cause = plugin.getFailedException();
                manager.failures.add(new PluginLoadFailure(plugin.getPluginPath(), plugin.getPluginId(),
                        "failed to start: " + (cause == null ? "unknown reason" : describe(cause))));
            }
        }
        return manager;
    }

    /** The plugins directory this manager reads. */
    public Path directory() {
        return pluginsRoots.get(0);
    }

    /** Plugins that could not be loaded or started, in the order they were met. */
    public List<PluginLoadFailure> failures() {
        return List.copyOf(failures);
    }

    @Override
    public RuntimeMode getRuntimeMode() {
        return RuntimeMode.DEPLOYMENT;
    }

    @Override
    protected ExtensionFactory createExtensionFactory() {
        return new ConstructorExtensionFactory();
    }

    /** As PF4J's, but an extension that cannot be created is reported as a failure (once), not a stack trace. */
    @Override
    protected <T> List<T> getExtensions(List<ExtensionWrapper<T>> wrappers) {
        List<T> extensions = new ArrayList<>(wrappers.size());
        for (ExtensionWrapper<T> wrapper : wrappers) {
            try {
                extensions.add(wrapper.getExtension());
            } catch (RuntimeException | LinkageError e) {
                Class<?> type = wrapper.getDescriptor().extensionClass;
                if (failedExtensions.add(type.getName())) {
                    PluginWrapper plugin = whichPlugin(type);
                    failures.add(new PluginLoadFailure(plugin == null ? directory() : plugin.getPluginPath(),
                            plugin == null ? null : plugin.getPluginId(),
                            "extension " + type.getName() + " cannot be created: " + describe(e)));
                }
            }
        }
        return extensions;
    }

    @Override
    protected PluginRepository createPluginRepository() {
        return new PluginRepository() {
            @Override
            public List<Path> getPluginPaths() {
                List<Path> paths = new ArrayList<>();
                for (Path archive : PluginLocations.find(directory())) {
                    if (archive.getFileName().toString().endsWith(".zip")) {
                        try {
                            paths.add(FileUtils.expandIfZip(archive));
                        } catch (IOException | RuntimeException e) {
                            failures.add(new PluginLoadFailure(archive, null, "cannot unpack zip: " + describe(e)));
                        }
                    } else {
                        paths.add(archive);
                    }
                }
                return paths;
            }

            @Override
            public boolean deletePluginPath(Path pluginPath) {
                return false;
            }
        };
    }

    @Override
    protected PluginLoader createPluginLoader() {
        ClassLoader host = HostPluginManager.class.getClassLoader();
        return new CompoundPluginLoader()
                .add(new JarPluginLoader(this) {
                    @Override
                    public ClassLoader loadPlugin(Path pluginPath, PluginDescriptor descriptor) {
                        PluginClassLoader loader = new IsolatedPluginClassLoader(pluginManager, descriptor, host);
                        loader.addFile(pluginPath.toFile());
                        return loader;
                    }
                })
                .add(new DefaultPluginLoader(this) {
                    @Override
                    protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
                        return new IsolatedPluginClassLoader(pluginManager, descriptor, host);
                    }
                });
    }

    @Override
    protected PluginWrapper loadPluginFromPath(Path pluginPath) {
        try {
            return super.loadPluginFromPath(pluginPath);
        } catch (PluginRuntimeException e) {
            failures.add(new PluginLoadFailure(pluginPath, null, describe(e)));
            throw e;
        } catch (RuntimeException | LinkageError e) {
            failures.add(new PluginLoadFailure(pluginPath, null, describe(e)));
            throw new PluginRuntimeException(e, "cannot load plugin {}", pluginPath);
        }
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.getMessage() == null || e instanceof LinkageError
                ? e.toString() : e.getMessage());
        Throwable cause = e.getCause();
        while (cause != null && cause != e) {
            text.append(": ").append(cause.getMessage() == null ? cause.getClass().getSimpleName()
                    : cause.getMessage());
            e = cause;
            cause = cause.getCause();
        }
        return text.toString();
    }
}
