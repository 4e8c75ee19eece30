package io.logicminer.core.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds plugin archives in a plugins directory.
 *
 * <p>In a distribution the directory holds {@code *.jar} and {@code *.zip} plugins. Run from the source tree,
 * {@code plugins/} holds the plugin modules instead; then the built plugin jars
 * ({@code plugins/<module>/target/*-plugin.jar}) are used — the development mode.
 */
public final class PluginLocations {

    private PluginLocations() {
    }

    /** The plugin archives under {@code directory}, sorted by name; empty when the directory does not exist. */
    public static List<Path> find(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Path> archives = list(directory, PluginLocations::isArchive);
        if (!archives.isEmpty()) {
            return archives;
        }
        List<Path> development = new ArrayList<>();
        for (Path module : list(directory, Files::isDirectory)) {
            Path target = module.resolve("target");
            if (Files.isDirectory(target)) {
                development.addAll(list(target, p -> p.getFileName().toString().endsWith("-plugin.jar")));
            }
        }
        return development;
    }

    /** True when the source-tree layout was found rather than a distribution's plugins directory. */
    public static boolean isDevelopmentLayout(Path directory) {
        return Files.isDirectory(directory) && list(directory, PluginLocations::isArchive).isEmpty()
                && !find(directory).isEmpty();
    }

    private static boolean isArchive(Path path) {
        String name = path.getFileName().toString();
        return Files.isRegularFile(path) && (name.endsWith(".jar") || name.endsWith(".zip"));
    }

    private static List<Path> list(Path directory, java.util.function.Predicate<Path> filter) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list plugins directory " + directory, e);
        }
    }
}
