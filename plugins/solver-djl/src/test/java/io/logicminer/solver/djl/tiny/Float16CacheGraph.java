package io.logicminer.solver.djl.tiny;

import java.util.List;

/**
 * The inputs and outputs of a {@code text-generation-with-past} export made with {@code --dtype fp16}: the past
 * and present keys/values and the logits are float16. Its "model" only passes the cache through.
 */
public final class Float16CacheGraph {

    private Float16CacheGraph() {
    }

    public static byte[] toOnnx(int layers, int heads, int headDim) {
        OnnxGraph g = new OnnxGraph();
        g.input("input_ids", OnnxGraph.INT64, "batch_size", "sequence_length");
        g.input("attention_mask", OnnxGraph.INT64, "batch_size", "total_sequence_length");
        g.input("position_ids", OnnxGraph.INT64, "batch_size", "sequence_length");
        for (int l = 0; l < layers; l++) {
            for (String kind : List.of("key", "value")) {
                String past = "past_key_values." + l + "." + kind;
                g.input(past, OnnxGraph.FLOAT16, "batch_size", (long) heads, "past_sequence_length", (long) headDim);
                String present = "present." + l + "." + kind;
                g.output(present, OnnxGraph.FLOAT16, "batch_size", (long) heads, "total_sequence_length",
                        (long) headDim);
                g.node("Identity", present, List.of(past));
            }
        }
        g.output("logits", OnnxGraph.FLOAT16, "batch_size", "sequence_length");
        g.node("Cast", "logits", List.of("input_ids"), OnnxGraph.Attribute.integer("to", OnnxGraph.FLOAT16));
        return g.toModel("fp16_cache");
    }
}
