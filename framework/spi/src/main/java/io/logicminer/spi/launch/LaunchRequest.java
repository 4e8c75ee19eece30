package io.logicminer.spi.launch;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the operator asks of a launch ({@code launch.*} in the config). Zero means "let the planner choose" for
 * every number.
 *
 * @param gpuIndices           GPUs the server may use ({@code CUDA_VISIBLE_DEVICES}); empty for all
 * @param nodes                machines in a Ray cluster; above 1 the model is split across them by pipeline
 *                             parallelism (one stage per node, each node like this one)
 * @param tensorParallelSize   GPUs per node to split each layer over; 0: the smallest that fits
 * @param maxModelLen          longest sequence (prompt + answer); 0: the model's context, at most
 *                             {@link #DEFAULT_MAX_MODEL_LEN}
 * @param maxNumSeqs           sequences served at once; 0: what the KV cache holds at {@link #TYPICAL_SEQUENCE}
 *                             tokens each, at most 256
 * @param gpuMemoryUtilization share of each GPU's memory vLLM may take; 0: 0.90 or what is free
 * @param dtype                the dtype to serve unquantized weights in; empty: the model's
 * @param quantization         {@code auto} (a quantized variant only when the weights do not fit), {@code none},
 *                             or a method ({@code awq}, {@code fp8}, ...) to force that variant
 * @param host                 address the server binds
 * @param port                 port the server listens on
 * @param apiKey               key the server requires ({@code --api-key}); empty for none
 * @param servedModelName      the name clients ask for ({@code --served-model-name})
 * @param extraArgs            further {@code vllm serve} arguments, appended as given
 */
public record LaunchRequest(List<Integer> gpuIndices, int nodes, int tensorParallelSize, int maxModelLen,
                            int maxNumSeqs, double gpuMemoryUtilization, Optional<WeightDtype> dtype,
                            String quantization, String host, int port, String apiKey, String servedModelName,
                            List<String> extraArgs) {

    /** The context the planner aims for when none is asked: a miner's prompt and answer use far less. */
    public static final int DEFAULT_MAX_MODEL_LEN = 8192;

    /** Tokens of a typical miner request (prompt and reasoning), used to size {@code --max-num-seqs}. */
    public static final int TYPICAL_SEQUENCE = 2048;

    public LaunchRequest {
        gpuIndices = List.copyOf(gpuIndices == null ? List.of() : gpuIndices);
        extraArgs = List.copyOf(extraArgs == null ? List.of() : extraArgs);
        dtype = dtype == null ? Optional.empty() : dtype;
        Objects.requireNonNull(quantization, "quantization");
        Objects.requireNonNull(host, "host");
        apiKey = apiKey == null ? "" : apiKey;
        Objects.requireNonNull(servedModelName, "servedModelName");
        if (nodes < 1) {
            throw new IllegalArgumentException("nodes must be at least 1, got " + nodes);
        }
        if (tensorParallelSize < 0 || maxModelLen < 0 || maxNumSeqs < 0) {
            throw new IllegalArgumentException("tensor parallel size, max model len and max num seqs must not be"
                    + " negative (0 lets the planner choose)");
        }
        if (!(gpuMemoryUtilization >= 0 && gpuMemoryUtilization <= 1)) {
            throw new IllegalArgumentException("gpu memory utilization must be between 0 (planner chooses) and 1, got "
                    + gpuMemoryUtilization);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, got " + port);
        }
    }

    /** A request with every choice left to the planner, serving on {@code 127.0.0.1:port}. */
    public static LaunchRequest defaults(String servedModelName, int port) {
        return new LaunchRequest(List.of(), 1, 0, 0, 0, 0, Optional.empty(), "auto", "127.0.0.1", port, "",
                servedModelName, List.of());
    }
}
