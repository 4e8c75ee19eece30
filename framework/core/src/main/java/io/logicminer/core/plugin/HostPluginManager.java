package io.logicminer.core.plugin;

import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFactory;
import org.pf4j.JarPluginLoader;
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

/**
 * The PF4J plugin manager of the host: loads {@code .jar} and {@code .zip} plugins from one directory, each in
 * its own class loader, creates extensions through the given {@link ExtensionFactory} and keeps a list of the
 * plugins that failed instead of stopping at the first one.
 */
public final class HostPluginManager extends DefaultPluginManager {

    private final List<PluginLoadFailure> failures = Collections.synchronizedList(new ArrayList<>());
    private ExtensionFactory hostExtensionFactory;

    private HostPluginManager(Path directory) {
        super(List.of(directory));
    }

    /**
     * Loads and starts every plugin found by {@link PluginLocations#find(Path)} in {@code directory}.
     *
     * @param directory the plugins directory
     * @param hostVersion the host version, checked against a plugin's {@code Plugin-Requires}
     * @param extensionFactory creates extension instances
     */
    public static HostPluginManager start(Path directory, String hostVersion, ExtensionFactory extensionFactory) {
        HostPluginManager manager = new HostPluginManager(directory);
        manager.hostExtensionFactory = extensionFactory;
        manager.extensionFactory = extensionFactory;
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
        // Called from the super constructor, before the host's factory is set; replaced in start().
        return hostExtensionFactory;
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
        return new CompoundPluginLoader()
                .add(new JarPluginLoader(this))
                .add(new DefaultPluginLoader(this));
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
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        Throwable cause = e.getCause();
        while (cause != null && cause != e) {
            text.append(": ").append(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
            e = cause;
            cause = cause.getCause();
        }
        return text.toString();
    }
}
