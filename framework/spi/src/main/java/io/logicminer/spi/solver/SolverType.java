package io.logicminer.spi.solver;

import io.logicminer.spi.ComponentConfig;
import org.pf4j.ExtensionPoint;

/**
 * Extension point: a kind of solver ({@code type = direct}, {@code type = ensemble}, {@code type = math}). The host
 * calls {@link #create} once for each {@code solvers.<name>} section whose {@code type} equals {@link #type()}.
 */
public interface SolverType extends ExtensionPoint {

    /** The value of {@code type} that selects this kind. Unique among loaded plugins. */
    String type();

    /** One line for {@code logicminer plugins}. */
    default String description() {
        return type();
    }

    /**
     * Builds a solver from its config section. Read and validate every key here.
     *
     * @throws io.logicminer.spi.InvalidConfigException for a bad or missing key
     */
    Solver create(String name, ComponentConfig config, SolverContext context);
}
