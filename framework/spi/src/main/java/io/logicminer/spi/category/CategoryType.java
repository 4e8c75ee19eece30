package io.logicminer.spi.category;

import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.HostContext;
import org.pf4j.ExtensionPoint;

/**
 * Extension point: contributes a {@link Category}. The host calls {@link #create} once with the section
 * {@code categories.<name>} (empty when absent), so prompt templates and tolerances are configurable.
 */
public interface CategoryType extends ExtensionPoint {

    /** The category name, e.g. {@code "Logic"}; unique among loaded plugins. */
    String name();

    /** One line for {@code logicminer plugins}. */
    default String description() {
        return name();
    }

    /**
     * Builds the category from its config section.
     *
     * @throws io.logicminer.spi.InvalidConfigException for a bad key
     */
    Category create(ComponentConfig config, HostContext context);
}
