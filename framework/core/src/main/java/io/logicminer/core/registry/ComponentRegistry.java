package io.logicminer.core.registry;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValueType;
import io.logicminer.config.ConfigOrigins;
import io.logicminer.config.TypesafeComponentConfig;
import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.HostContext;
import io.logicminer.spi.metrics.Metrics;
import io.logicminer.spi.InvalidConfigException;
import io.logicminer.spi.category.Category;
import io.logicminer.spi.category.CategoryType;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.chat.ChatModelType;
import io.logicminer.spi.embedding.SentenceEmbedder;
import io.logicminer.spi.embedding.SentenceEmbedderType;
import io.logicminer.spi.solver.Solver;
import io.logicminer.spi.solver.SolverContext;
import io.logicminer.spi.solver.SolverType;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the named chat models, solvers and categories of the config ({@code models.<name>},
 * {@code solvers.<name>}, {@code categories.<name>}) on first use and keeps one instance per name.
 *
 * <p>It is the {@link SolverContext} solvers are built with, so a solver refers to models and other solvers by
 * name; a solver that (indirectly) refers to itself is reported as a cycle naming the chain.
 */
public final class ComponentRegistry implements SolverContext, AutoCloseable {

    private final Config root;
    private final ComponentTypes types;
    private final HostContext host;
    private final Map<String, ChatModel> chatModels = new LinkedHashMap<>();
    private final Map<String, Solver> solvers = new LinkedHashMap<>();
    private final Map<String, Category> categories = new LinkedHashMap<>();
    private final Map<String, SentenceEmbedder> embedders = new LinkedHashMap<>();
    private final Deque<String> building = new ArrayDeque<>();

    @Inject
    public ComponentRegistry(Config root, ComponentTypes types, HostContext host) {
        this.root = root;
        this.types = types;
        this.host = host;
    }

    /** The types the plugins offer. */
    public ComponentTypes types() {
        return types;
    }

    /**
     * Checks every {@code models.*} and {@code solvers.*} section names a known type, without building
     * anything, so a typo anywhere is reported at startup.
     *
     * @throws InvalidConfigException for the first problem found
     */
    public void validateTypes() {
        checkSections("models", "chat model type", types.chatModels());
        checkSections("solvers", "solver type", types.solvers());
        if (root.hasPath("categories")) {
            for (String name : sectionNames("categories")) {
                if (!types.categories().containsKey(name)) {
                    throw new InvalidConfigException("categories." + name,
                            ConfigOrigins.describe(root.getValue("categories." + name)),
                            "no loaded plugin offers a category named '" + name + "'; known: "
                                    + ComponentTypes.choices(types.categories()));
                }
            }
        }
    }

    private void checkSections(String prefix, String kind, Map<String, ?> known) {
        if (!root.hasPath(prefix)) {
            return;
        }
        if (root.getValue(prefix).valueType() != ConfigValueType.OBJECT) {
            throw new InvalidConfigException(prefix, ConfigOrigins.describe(root.getValue(prefix)),
                    "must be a section of named " + kind + "s, e.g. " + prefix + ".mine { type = ... }");
        }
        for (String name : sectionNames(prefix)) {
            ComponentConfig section = new TypesafeComponentConfig(root, prefix + "." + name);
            typeOf(section, kind, known);
        }
    }

    private Set<String> sectionNames(String prefix) {
        return new TreeSet<>(root.getConfig(prefix).root().keySet());
    }

    private static <T> T typeOf(ComponentConfig section, String kind, Map<String, T> known) {
        if (!section.has("type")) {
            throw section.invalid("type", "is required: say which " + kind + " this is; known: "
                    + ComponentTypes.choices(known));
        }
        String type = section.getString("type");
        T found = known.get(type);
        if (found == null) {
            throw section.invalid("type", "'" + type + "' is not a known " + kind + "; known: "
                    + ComponentTypes.choices(known));
        }
        return found;
    }

    /** The chat model named {@code name} ({@code models.<name>}). */
    public synchronized ChatModel chatModel(String name) {
        ChatModel model = chatModels.get(name);
        if (model == null) {
            ComponentConfig section = existingSection("models", name, "chat model", types.chatModels());
            ChatModelType type = typeOf(section, "chat model type", types.chatModels());
            model = type.create(name, section, host);
            chatModels.put(name, model);
        }
        return model;
    }

    /** The solver named {@code name} ({@code solvers.<name>}). */
    public synchronized Solver solver(String name) {
        Solver solver = solvers.get(name);
        if (solver != null) {
            return solver;
        }
        if (building.contains(name)) {
            throw new InvalidConfigException("solvers." + name, origin("solvers." + name),
                    "solvers refer to each other in a cycle: " + String.join(" -> ", building) + " -> " + name);
        }
        ComponentConfig section = existingSection("solvers", name, "solver", types.solvers());
        SolverType type = typeOf(section, "solver type", types.solvers());
        building.push(name);
        try {
            solver = type.create(name, section, this);
        } finally {
            building.pop();
        }
        solvers.put(name, solver);
        return solver;
    }

    @Override
    public ChatModel chatModel(ComponentConfig config, String key) {
        String name = config.getString(key);
        if (!hasSection("models", name)) {
            throw config.invalid(key, "names chat model '" + name + "' but there is no models." + name
                    + " section; defined: " + defined("models"));
        }
        return chatModel(name);
    }

    @Override
    public Solver solver(ComponentConfig config, String key) {
        String name = config.getString(key);
        if (!hasSection("solvers", name)) {
            throw config.invalid(key, "names solver '" + name + "' but there is no solvers." + name
                    + " section; defined: " + defined("solvers"));
        }
        return solver(name);
    }

    @Override
    public synchronized Category category(String name) {
        Category category = categories.get(name);
        if (category == null) {
            CategoryType type = types.categories().get(name);
            if (type == null) {
                throw new InvalidConfigException("categories." + name, origin("categories." + name),
                        "no loaded plugin offers a category named '" + name + "'; known: "
                                + ComponentTypes.choices(types.categories()));
            }
            category = type.create(new TypesafeComponentConfig(root, "categories." + quote(name)), host);
            categories.put(name, category);
        }
        return category;
    }

    @Override
    public synchronized Optional<SentenceEmbedder> sentenceEmbedder(String type) {
        SentenceEmbedder embedder = embedders.get(type);
        if (embedder == null) {
            SentenceEmbedderType embedderType = types.embedders().get(type);
            if (embedderType == null) {
                return Optional.empty();
            }
            embedder = embedderType.create(new TypesafeComponentConfig(root, "embedders." + quote(type)), host);
            embedders.put(type, embedder);
        }
        return Optional.of(embedder);
    }

    private ComponentConfig existingSection(String prefix, String name, String kind, Map<String, ?> known) {
        if (!hasSection(prefix, name)) {
            throw new InvalidConfigException(prefix + "." + name, "not set",
                    "no " + kind + " named '" + name + "' is configured; defined: " + defined(prefix)
                            + " (add " + prefix + "." + name + " { type = ... } with a type among: "
                            + ComponentTypes.choices(known) + ")");
        }
        return new TypesafeComponentConfig(root, prefix + "." + quote(name));
    }

    /** True when {@code prefix.name} is a configured section. */
    public boolean hasSection(String prefix, String name) {
        String path = prefix + "." + quote(name);
        return root.hasPath(path) && root.getValue(path).valueType() == ConfigValueType.OBJECT;
    }

    /** The names configured under {@code prefix}, e.g. the solvers. */
    public String defined(String prefix) {
        Set<String> names = root.hasPath(prefix) && root.getValue(prefix).valueType() == ConfigValueType.OBJECT
                ? sectionNames(prefix) : Set.of();
        return names.isEmpty() ? "(none)" : String.join(", ", names);
    }

    private String origin(String path) {
        return root.hasPath(path) ? ConfigOrigins.describe(root.getValue(path)) : "not set";
    }

    private static String quote(String name) {
        return com.typesafe.config.ConfigUtil.joinPath(name);
    }

    @Override
    public Clock clock() {
        return host.clock();
    }

    @Override
    public String hostVersion() {
        return host.hostVersion();
    }

    @Override
    public Path dataDirectory() {
        return host.dataDirectory();
    }

    @Override
    public Metrics metrics() {
        return host.metrics();
    }

    @Override
    public synchronized void close() {
        for (ChatModel model : chatModels.values()) {
            try {
                model.close();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(ComponentRegistry.class)
                        .warn("closing chat model {} failed: {}", model.name(), e.getMessage());
            }
        }
        for (SentenceEmbedder embedder : embedders.values()) {
            try {
                embedder.close();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(ComponentRegistry.class)
                        .warn("closing sentence embedder {} failed: {}", embedder.describe(), e.getMessage());
            }
        }
        for (Solver solver : solvers.values()) {
            if (solver instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    org.slf4j.LoggerFactory.getLogger(ComponentRegistry.class)
                            .warn("closing solver {} failed: {}", solver.name(), e.getMessage());
                }
            }
        }
    }
}
