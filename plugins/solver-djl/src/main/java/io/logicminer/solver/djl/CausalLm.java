package io.logicminer.solver.djl;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The exported decoder as a DJL model on the ONNX Runtime engine: one forward pass takes new token ids, their
 * positions, the attention mask and the past keys/values, and returns the logits and the present keys/values
 * (the past grown by the new tokens). Thread-safe: each call works in the caller's {@link NDManager}.
 */
final class CausalLm implements AutoCloseable {

    static final String ENGINE = "OnnxRuntime";

    private final ModelDirectory spec;
    private final Model model;
    private final Block block;
    private final boolean hasPositionIds;
    private final String[] pastKeyNames;
    private final String[] pastValueNames;

    private CausalLm(ModelDirectory spec, Model model) {
        this.spec = spec;
        this.model = model;
        this.block = model.getBlock();
        Set<String> inputs = block.describeInput().keys().stream().collect(Collectors.toSet());
        for (String required : List.of("input_ids", "attention_mask", "past_key_values.0.key")) {
            if (!inputs.contains(required)) {
                throw new ModelDirectoryException(spec.dir(), "model.onnx has no input " + required + " (its inputs: "
                        + block.describeInput().keys() + "), so it is not a text-generation-with-past export");
            }
        }
        pastKeyNames = new String[spec.layers()];
        pastValueNames = new String[spec.layers()];
        for (int l = 0; l < spec.layers(); l++) {
            pastKeyNames[l] = "past_key_values." + l + ".key";
            pastValueNames[l] = "past_key_values." + l + ".value";
            if (!inputs.contains(pastKeyNames[l]) || !inputs.contains(pastValueNames[l])) {
                throw new ModelDirectoryException(spec.dir(), "config.json says num_hidden_layers = " + spec.layers()
                        + " but model.onnx has no input " + pastKeyNames[l] + " or " + pastValueNames[l]);
            }
        }
        hasPositionIds = inputs.contains("position_ids");
        int expected = 2 + (hasPositionIds ? 1 : 0) + 2 * spec.layers();
        if (inputs.size() != expected) {
            throw new ModelDirectoryException(spec.dir(), "model.onnx has inputs " + block.describeInput().keys()
                    + "; expected input_ids, attention_mask, position_ids (optional) and past_key_values.N.key/value"
                    + " for N < " + spec.layers());
        }
    }

    /**
     * Loads {@code model.onnx}. The caller sets the thread's context class loader to the plugin's (DJL finds its
     * engine through {@link java.util.ServiceLoader}).
     *
     * @param threads ONNX Runtime's intra-op threads; 0 leaves its default (one per core)
     */
    static CausalLm load(ModelDirectory spec, Device device, int threads) {
        Model model = Model.newInstance(spec.name(), device, ENGINE);
        try {
            Map<String, Object> options = new HashMap<>();
            if (threads > 0) {
                options.put("intraOpNumThreads", Integer.toString(threads));
            }
            model.load(spec.dir(), "model", options);
            CausalLm lm = new CausalLm(spec, model);
            lm.warmUp();
            return lm;
        } catch (IOException | MalformedModelException | EngineException e) {
            model.close();
            String cause = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            if (device.isGpu() && cause != null && cause.contains("CUDA")) {
                throw new GpuUnavailableException(cause, e);
            }
            throw new ModelDirectoryException(spec.dir(), "ONNX Runtime cannot load model.onnx (" + e.getMessage()
                    + (e.getCause() != null ? ": " + e.getCause().getMessage() : "") + ")", e);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    /**
     * One forward pass with a single token on an empty past, so that an export this class cannot feed (float16 or
     * bfloat16 keys/values or logits: {@code --dtype fp16}) is refused at load instead of failing every request.
     */
    private void warmUp() {
        try (NDManager manager = newManager()) {
            Forward forward = forward(manager, new long[][] {{0}}, 0, emptyPast(manager, 1));
            if (forward.logits().getDataType() != DataType.FLOAT32) {
                throw new IllegalStateException("its logits are " + forward.logits().getDataType());
            }
            forward.lastLogits();
        } catch (RuntimeException e) {
            throw new ModelDirectoryException(spec.dir(), "a first forward pass with one token fails (" + e.getMessage()
                    + "): float16 exports are not supported; export with float32 (the exporter's default, without"
                    + " --dtype fp16)", e);
        }
    }

    ModelDirectory spec() {
        return spec;
    }

    NDManager newManager() {
        return model.getNDManager().newSubManager();
    }

    /** An empty past (length 0) for {@code batch} sequences. */
    NDList emptyPast(NDManager manager, int batch) {
        NDList past = new NDList(2 * spec.layers());
        Shape shape = new Shape(batch, spec.kvHeads(), 0, spec.headDim());
        for (int l = 0; l < spec.layers(); l++) {
            past.add(named(manager.create(FloatBuffer.allocate(0), shape, DataType.FLOAT32), pastKeyNames[l]));
            past.add(named(manager.create(FloatBuffer.allocate(0), shape, DataType.FLOAT32), pastValueNames[l]));
        }
        return past;
    }

    /** The past of one sequence repeated for {@code batch} sequences (after a shared prompt's prefill). */
    NDList repeat(NDManager manager, NDList past, int batch) {
        NDList repeated = new NDList(past.size());
        for (NDArray array : past) {
            float[] one = array.toFloatArray();
            float[] many = new float[one.length * batch];
            for (int b = 0; b < batch; b++) {
                System.arraycopy(one, 0, many, b * one.length, one.length);
            }
            Shape shape = array.getShape();
            repeated.add(named(manager.create(FloatBuffer.wrap(many),
                    new Shape(batch, shape.get(1), shape.get(2), shape.get(3)), DataType.FLOAT32), array.getName()));
        }
        return repeated;
    }

    /**
     * One forward pass over {@code tokens} ([batch][seq], every row the same length) after {@code pastLength}
     * cached positions. Outputs live in {@code manager}.
     */
    Forward forward(NDManager manager, long[][] tokens, int pastLength, NDList past) {
        int batch = tokens.length;
        int seq = tokens[0].length;
        long[] ids = new long[batch * seq];
        long[] positions = new long[batch * seq];
        long[] mask = new long[batch * (pastLength + seq)];
        for (int b = 0; b < batch; b++) {
            System.arraycopy(tokens[b], 0, ids, b * seq, seq);
            for (int s = 0; s < seq; s++) {
                positions[b * seq + s] = pastLength + s;
            }
        }
        Arrays.fill(mask, 1L);
        NDList inputs = new NDList(3 + past.size());
        inputs.add(named(manager.create(ids, new Shape(batch, seq)), "input_ids"));
        inputs.add(named(manager.create(mask, new Shape(batch, pastLength + seq)), "attention_mask"));
        if (hasPositionIds) {
            inputs.add(named(manager.create(positions, new Shape(batch, seq)), "position_ids"));
        }
        inputs.addAll(past);
        NDList outputs;
        try {
            outputs = block.forward(new ParameterStore(manager, false), inputs, false);
        } catch (EngineException e) {
            throw new IllegalStateException("ONNX Runtime failed to run " + spec.modelFile() + ": " + e.getMessage(), e);
        }
        Map<String, NDArray> byName = new HashMap<>();
        for (NDArray out : outputs) {
            byName.put(out.getName(), out);
        }
        NDArray logits = byName.get("logits");
        if (logits == null) {
            throw new IllegalStateException(spec.modelFile() + " has no output named logits (outputs: "
                    + byName.keySet() + ")");
        }
        NDList present = new NDList(past.size());
        for (int l = 0; l < spec.layers(); l++) {
            present.add(named(presentOutput(byName, l, "key"), pastKeyNames[l]));
            present.add(named(presentOutput(byName, l, "value"), pastValueNames[l]));
        }
        return new Forward(logits, present, batch, seq);
    }

    private NDArray presentOutput(Map<String, NDArray> byName, int layer, String kind) {
        NDArray present = byName.get("present." + layer + "." + kind);
        if (present == null) {
            throw new IllegalStateException(spec.modelFile() + " has no output present." + layer + "." + kind
                    + " (outputs: " + byName.keySet() + ")");
        }
        return present;
    }

    private static NDArray named(NDArray array, String name) {
        array.setName(name);
        return array;
    }

    @Override
    public void close() {
        model.close();
    }

    /** One pass's results: logits [batch, seq, vocab] and the present keys/values, renamed as the next past. */
    record Forward(NDArray logits, NDList present, int batch, int seq) {

        /**
         * The logits of each sequence's last position: [batch][vocab]. Only those rows become float arrays (DJL's
         * ONNX Runtime engine still copies the whole tensor into one byte buffer; a prefill chunk's other rows are
         * not converted).
         */
        float[][] lastLogits() {
            FloatBuffer all = logits.toByteBuffer().asFloatBuffer();
            int vocab = all.remaining() / (batch * seq);
            float[][] rows = new float[batch][vocab];
            for (int b = 0; b < batch; b++) {
                all.get((b * seq + seq - 1) * vocab, rows[b]);
            }
            return rows;
        }
    }
}
