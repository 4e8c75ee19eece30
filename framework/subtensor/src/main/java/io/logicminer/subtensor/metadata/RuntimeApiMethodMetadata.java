package io.logicminer.subtensor.metadata;

import java.util.List;

/** A runtime API method: name, inputs in order, output type, docs. */
public record RuntimeApiMethodMetadata(String name, List<RuntimeApiParam> inputs, int outputType, List<String> docs) {

    public RuntimeApiMethodMetadata {
        inputs = List.copyOf(inputs);
        docs = List.copyOf(docs);
    }
}
