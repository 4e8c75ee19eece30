package io.logicminer.core;

import io.logicminer.spi.HostContext;

import java.nio.file.Path;
import java.time.Clock;

/** The host services handed to plugins. */
record SimpleHostContext(Clock clock, String hostVersion, Path dataDirectory) implements HostContext {
}
