package io.logicminer.spi.solver;

import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.HostContext;
import io.logicminer.spi.category.Category;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.embedding.SentenceEmbedder;

import java.util.Optional;

/**
 * What a {@link SolverType} may use while building a solver: host services plus the other configured instances,
 * looked up by the name a config key holds. Each lookup validates: an unknown name throws
 * {@link io.logicminer.spi.InvalidConfigException} naming the key, its origin and the names that exist.
 */
public interface SolverContext extends HostContext {

    /** The chat model named by {@code config.getString(key)}, e.g. {@code model = qwen}. */
    ChatModel chatModel(ComponentConfig config, String key);

    /**
     * The solver named by {@code config.getString(key)}. The returned handle may be resolved lazily, so solvers can
     * refer to each other in any order; a cycle is reported as a config error.
     */
    Solver solver(ComponentConfig config, String key);

    /** The category a challenge of the given name belongs to, e.g. {@code "Logic"}. */
    Category category(String name);

    /**
     * The sentence embedder of the given type (e.g. {@code "minilm"}, offered by the similarity-minilm plugin), built
     * from the host's {@code embedders.<type>} section on the first call and shared by every caller; the host closes
     * it. Empty when no loaded plugin offers that type, so a solver that only prefers an embedder can go on without
     * one. Loading a model may take seconds: ask for it in {@link SolverType#create}, not per challenge.
     */
    default Optional<SentenceEmbedder> sentenceEmbedder(String type) {
        return Optional.empty();
    }
}
