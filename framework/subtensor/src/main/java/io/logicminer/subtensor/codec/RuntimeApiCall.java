package io.logicminer.subtensor.codec;

import io.logicminer.subtensor.metadata.RuntimeApiMethodMetadata;
import io.logicminer.subtensor.metadata.RuntimeApiParam;
import io.logicminer.subtensor.metadata.RuntimeMetadata;
import io.logicminer.subtensor.scale.ScaleWriter;
import java.util.Arrays;
import java.util.List;

/**
 * A runtime API method as {@code state_call} needs it: the method name ({@code NeuronInfoRuntimeApi_get_neurons_lite}),
 * the parameters SCALE-encoded one after the other by their metadata input types, and the result decoded by the
 * output type. Immutable; build once per runtime version.
 */
public final class RuntimeApiCall {

    private final RuntimeMetadata metadata;
    private final String api;
    private final RuntimeApiMethodMetadata method;

    private RuntimeApiCall(RuntimeMetadata metadata, String api, RuntimeApiMethodMetadata method) {
        this.metadata = metadata;
        this.api = api;
        this.method = method;
    }

    /** Looks the method up; an unknown API or method is a {@link io.logicminer.subtensor.metadata.MetadataException}. */
    public static RuntimeApiCall of(RuntimeMetadata metadata, String api, String method) {
        return new RuntimeApiCall(metadata, api, metadata.runtimeApiMethod(api, method));
    }

    /** The {@code state_call} method name: {@code <Api>_<method>}. */
    public String stateCallMethod() {
        return api + "_" + method.name();
    }

    public RuntimeApiMethodMetadata method() {
        return method;
    }

    /** Encodes the arguments in input order; the count must match the method's inputs. */
    public byte[] encodeParams(Object... args) {
        return encodeParams(Arrays.asList(args));
    }

    public byte[] encodeParams(List<?> args) {
        List<RuntimeApiParam> inputs = method.inputs();
        if (args.size() != inputs.size()) {
            throw new CodecException(stateCallMethod() + " takes " + inputs.size() + " argument(s) "
                + inputs.stream().map(p -> p.name() + ": " + metadata.types().describe(p.type())).toList()
                + ", got " + args.size());
        }
        ScaleWriter out = new ScaleWriter();
        for (int i = 0; i < inputs.size(); i++) {
            ValueEncoder.encode(metadata.types(), inputs.get(i).type(), args.get(i), out,
                stateCallMethod() + "." + inputs.get(i).name());
        }
        return out.toByteArray();
    }

    /** Decodes the {@code state_call} result by the output type; all bytes must be consumed. */
    public Object decodeOutput(byte[] result) {
        return ValueDecoder.decodeAll(metadata.types(), method.outputType(), result);
    }
}
