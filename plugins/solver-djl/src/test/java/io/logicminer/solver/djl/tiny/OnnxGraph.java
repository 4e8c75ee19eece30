package io.logicminer.solver.djl.tiny;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an ONNX {@code ModelProto} (field numbers of onnx/onnx.proto, IR version 8, default-domain opset 17): nodes,
 * float and int64 initializers, graph inputs and outputs with symbolic or fixed dimensions.
 */
final class OnnxGraph {

    static final int FLOAT = 1;
    static final int INT64 = 7;
    static final int BOOL = 9;
    static final int FLOAT16 = 10;

    private static final int ATTR_FLOAT = 1;
    private static final int ATTR_INT = 2;
    private static final int ATTR_INTS = 7;

    private final List<ProtoWriter> nodes = new ArrayList<>();
    private final List<ProtoWriter> initializers = new ArrayList<>();
    private final List<ProtoWriter> inputs = new ArrayList<>();
    private final List<ProtoWriter> outputs = new ArrayList<>();
    private int nextName;

    /** An attribute of a node. */
    record Attribute(String name, ProtoWriter proto) {

        static Attribute ints(String name, long... values) {
            ProtoWriter p = new ProtoWriter().string(1, name).varint(20, ATTR_INTS);
            for (long v : values) {
                p.varint(8, v);
            }
            return new Attribute(name, p);
        }

        static Attribute integer(String name, long value) {
            return new Attribute(name, new ProtoWriter().string(1, name).varint(20, ATTR_INT).varint(3, value));
        }

        static Attribute real(String name, float value) {
            return new Attribute(name, new ProtoWriter().string(1, name).varint(20, ATTR_FLOAT).float32(2, value));
        }
    }

    /** Adds a node with one output, named automatically unless {@code output} is given; returns the output name. */
    String node(String opType, String output, List<String> nodeInputs, Attribute... attributes) {
        String out = output != null ? output : "t" + nextName++;
        ProtoWriter node = new ProtoWriter();
        for (String input : nodeInputs) {
            node.string(1, input);
        }
        node.string(2, out).string(3, "node_" + nodes.size()).string(4, opType);
        for (Attribute a : attributes) {
            node.message(5, a.proto());
        }
        nodes.add(node);
        return out;
    }

    String op(String opType, List<String> nodeInputs, Attribute... attributes) {
        return node(opType, null, nodeInputs, attributes);
    }

    String floats(String name, float[] values, long... dims) {
        ByteBuffer raw = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            raw.putFloat(v);
        }
        return initializer(name, FLOAT, raw.array(), dims);
    }

    /** An int64 constant; {@code dims} empty for a scalar. */
    String longs(long[] values, long... dims) {
        ByteBuffer raw = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            raw.putLong(v);
        }
        return initializer("c" + nextName++, INT64, raw.array(), dims);
    }

    String scalar(long value) {
        return longs(new long[] {value});
    }

    String vector(long... values) {
        return longs(values, values.length);
    }

    String floatScalar(float value) {
        return floats("c" + nextName++, new float[] {value});
    }

    private String initializer(String name, int type, byte[] raw, long... dims) {
        ProtoWriter t = new ProtoWriter();
        for (long d : dims) {
            t.varint(1, d);
        }
        t.varint(2, type).string(8, name).bytes(9, raw);
        initializers.add(t);
        return name;
    }

    /** A graph input; each dimension is a Long (fixed) or a String (symbolic). */
    void input(String name, int elemType, Object... dims) {
        inputs.add(valueInfo(name, elemType, dims));
    }

    void output(String name, int elemType, Object... dims) {
        outputs.add(valueInfo(name, elemType, dims));
    }

    private static ProtoWriter valueInfo(String name, int elemType, Object... dims) {
        ProtoWriter shape = new ProtoWriter();
        for (Object d : dims) {
            ProtoWriter dim = d instanceof String param ? new ProtoWriter().string(2, param)
                    : new ProtoWriter().varint(1, ((Number) d).longValue());
            shape.message(1, dim);
        }
        ProtoWriter tensorType = new ProtoWriter().varint(1, elemType).message(2, shape);
        return new ProtoWriter().string(1, name).message(2, new ProtoWriter().message(1, tensorType));
    }

    byte[] toModel(String graphName) {
        ProtoWriter graph = new ProtoWriter();
        nodes.forEach(n -> graph.message(1, n));
        graph.string(2, graphName);
        initializers.forEach(i -> graph.message(5, i));
        inputs.forEach(i -> graph.message(11, i));
        outputs.forEach(o -> graph.message(12, o));
        return new ProtoWriter()
                .varint(1, 8)
                .string(2, "logicminer-tiny-model-exporter")
                .message(7, graph)
                .message(8, new ProtoWriter().string(1, "").varint(2, 17))
                .toByteArray();
    }
}
