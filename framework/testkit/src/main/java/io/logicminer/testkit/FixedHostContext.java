package io.logicminer.testkit;

import io.logicminer.spi.HostContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** A {@link HostContext} with a given clock and a temporary data directory, for plugin tests. */
public class FixedHostContext implements HostContext {

    private final Clock clock;
    private final Path dataDirectory;

    public FixedHostContext(Clock clock) {
        this.clock = clock;
        try {
            this.dataDirectory = Files.createTempDirectory("logicminer-test-data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A context on the system clock. */
    public FixedHostContext() {
        this(Clock.systemUTC());
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public String hostVersion() {
        return "test";
    }

    @Override
    public Path dataDirectory() {
        return dataDirectory;
    }
}
