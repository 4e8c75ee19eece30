package io.logicminer.core;

import io.logicminer.spi.HostContext;
import io.logicminer.spi.InvalidConfigException;
import io.logicminer.spi.metrics.Metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The host services handed to plugins. The data directory is created on first use, so commands whose plugins keep
 * no state leave no directory behind, and a plugin that asks for it always gets one that exists.
 */
final class SimpleHostContext implements HostContext {

    private final Clock clock;
    private final String hostVersion;
    private final Path dataDirectory;
    private final Supplier<String> dataDirectoryOrigin;
    private final Metrics metrics;
    private volatile boolean dataDirectoryCreated;

    /**
     * @param dataDirectory {@code data.dir}
     * @param dataDirectoryOrigin where {@code data.dir} was set, for the error when it cannot be created
     * @param metrics the host's registry as plugins see it
     */
    SimpleHostContext(Clock clock, String hostVersion, Path dataDirectory, Supplier<String> dataDirectoryOrigin,
                      Metrics metrics) {
        this.clock = clock;
        this.metrics = metrics;
        this.hostVersion = hostVersion;
        this.dataDirectory = dataDirectory;
        this.dataDirectoryOrigin = dataDirectoryOrigin;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public String hostVersion() {
        return hostVersion;
    }

    @Override
    public Metrics metrics() {
        return metrics;
    }

    @Override
    public Path dataDirectory() {
        if (!dataDirectoryCreated) {
            synchronized (this) {
                if (!dataDirectoryCreated) {
                    try {
                        Files.createDirectories(dataDirectory);
                    } catch (IOException | SecurityException e) {
                        throw new InvalidConfigException("data.dir", dataDirectoryOrigin.get(), "cannot create "
                                + dataDirectory.toAbsolutePath() + " (" + e + "); set data.dir to a writable "
                                + "directory");
                    }
                    dataDirectoryCreated = true;
                }
            }
        }
        return dataDirectory;
    }
}
