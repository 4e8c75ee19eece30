package io.logicminer.subtensor.metadata;

import java.util.List;

/** A runtime API trait ({@code NeuronInfoRuntimeApi}): methods, docs, and its version (V16; 0 before). */
public record RuntimeApiMetadata(String name, List<RuntimeApiMethodMetadata> methods, List<String> docs,
                                 long version) {

    public RuntimeApiMetadata {
        methods = List.copyOf(methods);
        docs = List.copyOf(docs);
    }

    public RuntimeApiMethodMetadata method(String methodName) {
        for (RuntimeApiMethodMetadata m : methods) {
            if (m.name().equals(methodName)) {
                return m;
            }
        }
        return null;
    }
}
