package io.logicminer.core.plugin;

import java.nio.file.Path;

/**
 * A plugin that could not be loaded or started, with the reason in words an operator can act on.
 *
 * @param location the jar, zip or directory
 * @param pluginId the plugin id when the descriptor could be read, else {@code null}
 * @param reason what went wrong
 */
public record PluginLoadFailure(Path location, String pluginId, String reason) {
}
