package io.logicminer.solver.djl.tiny;

import java.util.List;

/** An ONNX graph with a causal LM's inputs but no past key values: the shape of a {@code text-generation} export. */
public final class NoCacheGraph {

    private NoCacheGraph() {
    }

    public static byte[] toOnnx() {
        OnnxGraph g = new OnnxGraph();
        g.input("input_ids", OnnxGraph.INT64, "batch_size", "sequence_length");
        g.input("attention_mask", OnnxGraph.INT64, "batch_size", "sequence_length");
        g.output("logits", OnnxGraph.FLOAT, "batch_size", "sequence_length");
        g.node("Cast", "logits", List.of(g.op("Add", List.of("input_ids", "attention_mask"))),
                OnnxGraph.Attribute.integer("to", OnnxGraph.FLOAT));
        return g.toModel("no_cache");
    }
}
