package io.logicminer.similarity.minilm;

import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.HostContext;
import io.logicminer.spi.embedding.SentenceEmbedder;
import io.logicminer.spi.embedding.SentenceEmbedderType;
import org.pf4j.Extension;

/** Contributes the sentence embedder type {@code minilm}: all-MiniLM-L6-v2 on ONNX Runtime. It has no settings. */
@Extension
public final class MiniLmEmbedderType implements SentenceEmbedderType {

    /** The type name. */
    public static final String TYPE = "minilm";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String description() {
        return "minilm: all-MiniLM-L6-v2 sentence embeddings (LogicNet's similarity model), ONNX Runtime in-process";
    }

    @Override
    public SentenceEmbedder create(ComponentConfig config, HostContext context) {
        return new MiniLmEmbedder();
    }
}
