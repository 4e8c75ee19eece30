package io.logicminer.testkit;

import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.category.Category;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.embedding.SentenceEmbedder;
import io.logicminer.spi.solver.Solver;
import io.logicminer.spi.solver.SolverContext;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** A {@link SolverContext} over maps of named instances, for plugin tests. */
public final class MapSolverContext extends FixedHostContext implements SolverContext {

    private final Map<String, ChatModel> models = new HashMap<>();
    private final Map<String, Solver> solvers = new HashMap<>();
    private final Map<String, Category> categories = new HashMap<>();
    private final Map<String, SentenceEmbedder> embedders = new HashMap<>();

    public MapSolverContext(Clock clock) {
        super(clock);
    }

    public MapSolverContext() {
        super();
    }

    public MapSolverContext withChatModel(ChatModel model) {
        models.put(model.name(), model);
        return this;
    }

    public MapSolverContext withSolver(Solver solver) {
        solvers.put(solver.name(), solver);
        return this;
    }

    public MapSolverContext withCategory(Category category) {
        categories.put(category.name(), category);
        return this;
    }

    /** Offers {@code embedder} as the sentence embedder of the given type. */
    public MapSolverContext withSentenceEmbedder(String type, SentenceEmbedder embedder) {
        embedders.put(type, embedder);
        return this;
    }

    @Override
    public ChatModel chatModel(ComponentConfig config, String key) {
        String name = config.getString(key);
        ChatModel model = models.get(name);
        if (model == null) {
            throw config.invalid(key, "no chat model named \"" + name + "\"; configured: " + new TreeSet<>(models.keySet()));
        }
        return model;
    }

    @Override
    public Solver solver(ComponentConfig config, String key) {
        String name = config.getString(key);
        Solver solver = solvers.get(name);
        if (solver == null) {
            throw config.invalid(key, "no solver named \"" + name + "\"; configured: " + new TreeSet<>(solvers.keySet()));
        }
        return solver;
    }

    @Override
    public Category category(String name) {
        Category category = categories.get(name);
        if (category == null) {
            throw new IllegalArgumentException("no category named \"" + name + "\"; known: " + categories.keySet());
        }
        return category;
    }

    @Override
    public Optional<SentenceEmbedder> sentenceEmbedder(String type) {
        return Optional.ofNullable(embedders.get(type));
    }
}
