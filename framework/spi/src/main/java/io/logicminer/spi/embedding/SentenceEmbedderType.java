package io.logicminer.spi.embedding;

import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.HostContext;
import org.pf4j.ExtensionPoint;

/**
 * Extension point: a kind of sentence embedder ({@code minilm} for all-MiniLM-L6-v2, the model LogicNet's
 * validator scores reasoning similarity with). Heavy models live in their own plugin so that a miner which never
 * evaluates does not ship them; the host asks for a type by name and says how to add the plugin when none offers
 * it.
 */
public interface SentenceEmbedderType extends ExtensionPoint {

    /** The type name, e.g. {@code "minilm"}. Unique among loaded plugins. */
    String type();

    /** One line for {@code logicminer plugins}. */
    default String description() {
        return type();
    }

    /**
     * Builds an embedder. Loading a model may take a while (seconds); the host calls this only when it needs one.
     *
     * @param config  the embedder's config section (empty when the host configures none)
     * @param context host services
     * @throws io.logicminer.spi.InvalidConfigException for a bad or missing key
     */
    SentenceEmbedder create(ComponentConfig config, HostContext context);
}
