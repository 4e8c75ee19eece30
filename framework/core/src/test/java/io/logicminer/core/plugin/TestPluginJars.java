package io.logicminer.core.plugin;

import io.logicminer.spi.solver.SolverType;
import org.pf4j.ExtensionPoint;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Builds plugin jars the way a plugin author would: compiles sources against the SPI artifact (and the one
 * library it exposes, PF4J's ExtensionPoint and @Extension) — nothing of the host — with PF4J's
 * annotation processor writing the extension index, then jars them with a PF4J manifest.
 */
public final class TestPluginJars {

    private TestPluginJars() {
    }

    /** The classpath a plugin author compiles against: logicminer-spi plus its API dependencies. */
    public static String spiClasspath() {
        return String.join(java.io.File.pathSeparator,
                location(SolverType.class), location(ExtensionPoint.class));
    }

    /** Compiles the echo example plugin from test resources into {@code dir/<fileName>}. */
    public static Path echoPlugin(Path dir, String fileName, String pluginId) throws IOException {
        return plugin("echo-plugin", dir, fileName, pluginId);
    }

    /**
     * Compiles the plugin whose sources (and optional {@code logicminer-plugin.conf}) are the test resource
     * folder {@code sourceFolder} into the jar {@code dir/<fileName>}.
     */
    public static Path plugin(String sourceFolder, Path dir, String fileName, String pluginId) throws IOException {
        Path classes = compiledClasses(sourceFolder, dir);
        return jar(classes, dir.resolve(fileName), pluginId, "0.0.1");
    }

    /** Compiles a test resource folder of plugin sources into a new classes directory under {@code dir}. */
    public static Path compiledClasses(String sourceFolder, Path dir) throws IOException {
        Path sources = resource(sourceFolder);
        Path classes = Files.createTempDirectory(dir, "classes");
        compile(sources, classes);
        Path defaults = sources.resolve("logicminer-plugin.conf");
        if (Files.exists(defaults)) {
            Files.copy(defaults, classes.resolve("logicminer-plugin.conf"));
        }
        return classes;
    }

    /** The jar or classes directory that holds {@code type} on the test class path: a library to bundle. */
    public static Path libraryOf(Class<?> type) {
        return Path.of(location(type));
    }

    /** Compiles every .java file under {@code sources} into {@code classes}. */
    public static void compile(Path sources, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(null, null, null)) {
            boolean ok = compiler.getTask(diagnostics, fileManager, null,
                    List.of("--release", "21", "-classpath", spiClasspath(), "-processorpath", spiClasspath(),
                            "-d", classes.toString()),
                    null, fileManager.getJavaFileObjectsFromPaths(files)).call();
            if (!ok) {
                throw new IllegalStateException("plugin did not compile against the SPI alone:\n" + diagnostics);
            }
        }
    }

    /** Jars a classes directory with a PF4J manifest. */
    public static Path jar(Path classes, Path jarFile, String pluginId, String version) throws IOException {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.putValue("Plugin-Id", pluginId);
        attributes.putValue("Plugin-Version", version);
        attributes.putValue("Plugin-Provider", "test");
        try (OutputStream file = Files.newOutputStream(jarFile);
             JarOutputStream jar = new JarOutputStream(file, manifest);
             Stream<Path> walk = Files.walk(classes)) {
            for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, jar);
                jar.closeEntry();
            }
        }
        return jarFile;
    }

    /**
     * A PF4J zip plugin: {@code classes/} from a classes directory, the given library jars under {@code lib/} and a
     * {@code plugin.properties} descriptor.
     */
    public static Path zipPlugin(Path classes, List<Path> libraries, Path zipFile, String pluginId) throws IOException {
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(zipFile));
             Stream<Path> walk = Files.walk(classes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("plugin.properties"));
            zip.write(("plugin.id=" + pluginId + "\nplugin.version=0.0.1\nplugin.provider=test\n").getBytes());
            zip.closeEntry();
            for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(
                        "classes/" + classes.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, zip);
                zip.closeEntry();
            }
            for (Path library : libraries) {
                zip.putNextEntry(new java.util.zip.ZipEntry("lib/" + library.getFileName()));
                Files.copy(library, zip);
                zip.closeEntry();
            }
        }
        return zipFile;
    }

    /** A jar whose manifest names no plugin id. */
    public static Path jarWithoutPluginId(Path dir) throws IOException {
        Path jarFile = dir.resolve("no-id.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(jarFile), manifest)) {
            jar.putNextEntry(new JarEntry("readme.txt"));
            jar.write("not a plugin".getBytes());
            jar.closeEntry();
        }
        return jarFile;
    }

    private static Path resource(String name) {
        try {
            return Path.of(TestPluginJars.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
