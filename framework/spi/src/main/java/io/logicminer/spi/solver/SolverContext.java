package io.logicminer.spi.solver;

import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.HostContext;
import io.logicminer.spi.category.Category;
import io.logicminer.spi.chat.ChatModel;

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
}
