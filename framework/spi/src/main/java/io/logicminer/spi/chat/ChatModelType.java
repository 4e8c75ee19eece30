package io.logicminer.spi.chat;

import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.HostContext;
import org.pf4j.ExtensionPoint;

/**
 * Extension point: a kind of chat model ({@code type = openai}, {@code type = djl}). The host calls
 * {@link #create} once for each {@code models.<name>} section whose {@code type} equals {@link #type()}.
 */
public interface ChatModelType extends ExtensionPoint {

    /** The value of {@code type} that selects this kind, e.g. {@code "openai"}. Unique among loaded plugins. */
    String type();

    /** One line for {@code logicminer plugins}. */
    default String description() {
        return type();
    }

    /**
     * Builds an instance from its config section. Read and validate every key here.
     *
     * @param name    the instance name ({@code qwen} for {@code models.qwen})
     * @param config  the section
     * @param context host services
     * @throws io.logicminer.spi.InvalidConfigException for a bad or missing key
     */
    ChatModel create(String name, ComponentConfig config, HostContext context);
}
