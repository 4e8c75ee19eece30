package io.logicminer.app.cli;

import io.logicminer.core.MinerHost;
import io.logicminer.core.plugin.PluginLoadFailure;
import org.pf4j.PluginWrapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code logicminer plugins}: loaded plugins, their extensions, and plugins that failed to load. */
@Command(name = "plugins", description = "List loaded plugins (id, version, state, extensions) and load errors.")
final class PluginsCommand implements Callable<Integer> {

    @ParentCommand
    LogicminerCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (MinerHost host = root.startHost()) {
            out.println("plugins directory: " + host.plugins().directory().toAbsolutePath().normalize());
            List<PluginWrapper> plugins = host.plugins().getPlugins();
            if (plugins.isEmpty()) {
                out.println("no plugins loaded");
            }
            for (PluginWrapper plugin : plugins) {
                out.printf("%s %s %s  (%s)%n", plugin.getPluginId(), plugin.getDescriptor().getVersion(),
                        plugin.getPluginState(), plugin.getPluginPath().getFileName());
                for (String extension : host.plugins().getExtensionClassNames(plugin.getPluginId())) {
                    out.println("  extension " + extension);
                }
            }
            var types = host.registry().types();
            out.println("chat model types: " + String.join(", ", types.chatModels().keySet()));
            out.println("solver types: " + String.join(", ", types.solvers().keySet()));
            out.println("categories: " + String.join(", ", types.categories().keySet()));
            out.println("launch profiles: " + String.join(", ", types.launchProfiles().keySet()));
            out.println("launch backends: " + String.join(", ", host.plugins()
                    .getExtensions(io.logicminer.spi.launch.LaunchBackend.class).stream()
                    .map(io.logicminer.spi.launch.LaunchBackend::type).sorted().toList()));
            out.println("sentence embedder types: " + String.join(", ", host.plugins()
                    .getExtensions(io.logicminer.spi.embedding.SentenceEmbedderType.class).stream()
                    .map(io.logicminer.spi.embedding.SentenceEmbedderType::type).sorted().toList()));
            for (String duplicate : types.duplicates()) {
                out.println("warning: " + duplicate);
            }
            List<PluginLoadFailure> failures = host.plugins().failures();
            for (PluginLoadFailure failure : failures) {
                out.println("FAILED " + failure.location().getFileName()
                        + (failure.pluginId() == null ? "" : " (" + failure.pluginId() + ")") + ": " + failure.reason());
            }
            out.flush();
            return failures.isEmpty() ? 0 : 1;
        }
    }
}
