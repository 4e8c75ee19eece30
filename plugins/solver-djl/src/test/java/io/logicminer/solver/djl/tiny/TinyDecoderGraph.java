package io.logicminer.solver.djl.tiny;

import static io.logicminer.solver.djl.tiny.OnnxGraph.Attribute.integer;
import static io.logicminer.solver.djl.tiny.OnnxGraph.Attribute.ints;
import static io.logicminer.solver.djl.tiny.OnnxGraph.Attribute.real;

import java.util.List;
import java.util.Random;

/**
 * A pre-norm decoder-only transformer (learned token and position embeddings, multi-head causal self-attention,
 * SiLU MLP, untied LM head) with seeded random weights, as an ONNX graph with the inputs and outputs of an Optimum
 * {@code text-generation-with-past} export: {@code input_ids}, {@code attention_mask}, {@code position_ids},
 * {@code past_key_values.N.key/value} [batch, heads, past, head_dim] in; {@code logits} [batch, seq, vocab] and
 * {@code present.N.key/value} out. The causal mask is built from the past length, as exported models do.
 */
final class TinyDecoderGraph {

    final int vocab;
    final int hidden;
    final int layers;
    final int heads;
    final int headDim;
    final int ffn;
    final int maxPositions;
    private final long seed;
    private final int[] suppressedTokens;

    TinyDecoderGraph(int vocab, int hidden, int layers, int heads, int ffn, int maxPositions, long seed,
                     int... suppressedTokens) {
        this.vocab = vocab;
        this.hidden = hidden;
        this.layers = layers;
        this.heads = heads;
        this.headDim = hidden / heads;
        this.ffn = ffn;
        this.maxPositions = maxPositions;
        this.seed = seed;
        this.suppressedTokens = suppressedTokens;
    }

    byte[] toOnnx() {
        Random random = new Random(seed);
        OnnxGraph g = new OnnxGraph();
        g.input("input_ids", OnnxGraph.INT64, "batch_size", "sequence_length");
        g.input("attention_mask", OnnxGraph.INT64, "batch_size", "total_sequence_length");
        g.input("position_ids", OnnxGraph.INT64, "batch_size", "sequence_length");
        for (int l = 0; l < layers; l++) {
            for (String kind : List.of("key", "value")) {
                g.input("past_key_values." + l + "." + kind, OnnxGraph.FLOAT,
                        "batch_size", (long) heads, "past_sequence_length", (long) headDim);
            }
        }
        g.output("logits", OnnxGraph.FLOAT, "batch_size", "sequence_length", (long) vocab);
        for (int l = 0; l < layers; l++) {
            for (String kind : List.of("key", "value")) {
                g.output("present." + l + "." + kind, OnnxGraph.FLOAT,
                        "batch_size", (long) heads, "total_sequence_length", (long) headDim);
            }
        }

        String tokens = g.op("Gather", List.of(
                g.floats("embed_tokens", gaussian(random, vocab * hidden, 1.0), vocab, hidden), "input_ids"),
                integer("axis", 0));
        String positions = g.op("Gather", List.of(
                g.floats("embed_positions", gaussian(random, maxPositions * hidden, 0.5), maxPositions, hidden),
                "position_ids"), integer("axis", 0));
        String h = g.op("Add", List.of(tokens, positions));

        String allowed = attentionMask(g);
        String negative = g.floatScalar(-1e9f);
        String scale = g.floatScalar((float) (1 / Math.sqrt(headDim)));
        String toHeads = g.vector(0, 0, heads, headDim);
        String toHidden = g.vector(0, 0, hidden);
        double projection = 1 / Math.sqrt(hidden);
        for (int l = 0; l < layers; l++) {
            String p = "layers." + l + ".";
            String x = layerNorm(g, h, p + "input_norm");
            String q = splitHeads(g, g.op("MatMul", List.of(x, weight(g, random, p + "q_proj", hidden, hidden, projection))), toHeads);
            String k = splitHeads(g, g.op("MatMul", List.of(x, weight(g, random, p + "k_proj", hidden, hidden, projection))), toHeads);
            String v = splitHeads(g, g.op("MatMul", List.of(x, weight(g, random, p + "v_proj", hidden, hidden, projection))), toHeads);
            String keys = g.node("Concat", "present." + l + ".key", List.of("past_key_values." + l + ".key", k), integer("axis", 2));
            String values = g.node("Concat", "present." + l + ".value", List.of("past_key_values." + l + ".value", v), integer("axis", 2));
            String scores = g.op("Mul", List.of(g.op("MatMul", List.of(q,
                    g.op("Transpose", List.of(keys), ints("perm", 0, 1, 3, 2)))), scale));
            String weights = g.op("Softmax", List.of(g.op("Where", List.of(allowed, scores, negative))), integer("axis", -1));
            String attended = g.op("Reshape", List.of(
                    g.op("Transpose", List.of(g.op("MatMul", List.of(weights, values))), ints("perm", 0, 2, 1, 3)),
                    toHidden));
            h = g.op("Add", List.of(h, g.op("MatMul", List.of(attended, weight(g, random, p + "o_proj", hidden, hidden, projection)))));
            String y = layerNorm(g, h, p + "post_attention_norm");
            String up = g.op("MatMul", List.of(y, weight(g, random, p + "up_proj", hidden, ffn, projection)));
            String silu = g.op("Mul", List.of(up, g.op("Sigmoid", List.of(up))));
            h = g.op("Add", List.of(h, g.op("MatMul", List.of(silu, weight(g, random, p + "down_proj", ffn, hidden, 1 / Math.sqrt(ffn))))));
        }
        String last = layerNorm(g, h, "final_norm");
        // Logits of spread ~2 so that the greedy choice is clear-cut; special tokens are never generated.
        float[] bias = new float[vocab];
        for (int t : suppressedTokens) {
            bias[t] = -1e4f;
        }
        g.node("Add", "logits", List.of(
                g.op("MatMul", List.of(last, weight(g, random, "lm_head", hidden, vocab, 2 / Math.sqrt(hidden)))),
                g.floats("lm_head.bias", bias, vocab)));
        return g.toModel("tiny_decoder");
    }

    /** [batch, 1, seq, total] booleans: key position <= query position (offset by the past) and not padding. */
    private String attentionMask(OnnxGraph g) {
        String past = g.op("Shape", List.of("past_key_values.0.key"), integer("start", 2), integer("end", 3));
        String seq = g.op("Shape", List.of("input_ids"), integer("start", 1), integer("end", 2));
        String total = g.op("Add", List.of(past, seq));
        String zero = g.scalar(0);
        String one = g.scalar(1);
        String axis0 = g.vector(0);
        String keyPositions = g.op("Range", List.of(zero, g.op("Squeeze", List.of(total, axis0)), one));
        String queryPositions = g.op("Add", List.of(
                g.op("Range", List.of(zero, g.op("Squeeze", List.of(seq, axis0)), one)), past));
        String causal = g.op("LessOrEqual", List.of(
                g.op("Unsqueeze", List.of(keyPositions, g.vector(0))),
                g.op("Unsqueeze", List.of(queryPositions, g.vector(1)))));
        String notPadding = g.op("Unsqueeze", List.of(
                g.op("Cast", List.of("attention_mask"), integer("to", OnnxGraph.BOOL)), g.vector(1, 2)));
        return g.op("And", List.of(causal, notPadding));
    }

    private String splitHeads(OnnxGraph g, String x, String toHeads) {
        return g.op("Transpose", List.of(g.op("Reshape", List.of(x, toHeads))), ints("perm", 0, 2, 1, 3));
    }

    private String layerNorm(OnnxGraph g, String x, String name) {
        float[] ones = new float[hidden];
        java.util.Arrays.fill(ones, 1f);
        return g.op("LayerNormalization", List.of(x, g.floats(name + ".weight", ones, hidden),
                g.floats(name + ".bias", new float[hidden], hidden)), integer("axis", -1), real("epsilon", 1e-5f));
    }

    private static String weight(OnnxGraph g, Random random, String name, int rows, int cols, double std) {
        return g.floats(name, gaussian(random, rows * cols, std), rows, cols);
    }

    private static float[] gaussian(Random random, int n, double std) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) (random.nextGaussian() * std);
        }
        return values;
    }
}
