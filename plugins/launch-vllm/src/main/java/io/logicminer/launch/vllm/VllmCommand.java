package io.logicminer.launch.vllm;

import io.logicminer.spi.launch.LaunchRequest;
import io.logicminer.spi.launch.ModelSpec;
import io.logicminer.spi.launch.PlanCandidate;
import io.logicminer.spi.launch.QuantizedVariant;
import io.logicminer.spi.launch.WeightDtype;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code vllm serve} argument vector for a plan. Only flags of vLLM's {@code serve} command (its engine and
 * OpenAI-server arguments) are used. The API key is not one of them: it travels in {@link #API_KEY_VARIABLE}.
 */
final class VllmCommand {

    /** The variable vLLM's OpenAI server reads its API key from when {@code --api-key} is not given. */
    static final String API_KEY_VARIABLE = "VLLM_API_KEY";

    private VllmCommand() {
    }

    static List<String> build(String executable, ModelSpec model, Optional<QuantizedVariant> variant,
                              WeightDtype dtype, PlanCandidate chosen, double utilization, int maxNumSeqs,
                              LaunchRequest request) {
        List<String> argv = new ArrayList<>();
        argv.add(executable);
        argv.add("serve");
        argv.add(variant.map(QuantizedVariant::modelId).orElse(model.modelId()));
        argv.add("--served-model-name");
        argv.add(request.servedModelName());
        argv.add("--host");
        argv.add(request.host());
        argv.add("--port");
        argv.add(String.valueOf(request.port()));
        argv.add("--dtype");
        argv.add(dtype.vllmName());
        argv.add("--tensor-parallel-size");
        argv.add(String.valueOf(chosen.tensorParallelSize()));
        if (chosen.pipelineParallelSize() > 1) {
            argv.add("--pipeline-parallel-size");
            argv.add(String.valueOf(chosen.pipelineParallelSize()));
            argv.add("--distributed-executor-backend");
            argv.add("ray");
        }
        argv.add("--gpu-memory-utilization");
        argv.add(String.format(Locale.ROOT, "%.2f", utilization));
        argv.add("--max-model-len");
        argv.add(String.valueOf(chosen.maxModelLen()));
        argv.add("--max-num-seqs");
        argv.add(String.valueOf(maxNumSeqs));
        // A pre-quantized checkpoint says its method in its quantization_config, and vLLM then picks the fastest
        // kernel for it (e.g. awq_marlin); the flag is only needed to quantize the original weights while loading.
        if (variant.isPresent() && variant.get().modelId().equals(model.modelId())) {
            argv.add("--quantization");
            argv.add(variant.get().method());
        }
        if (model.trustRemoteCode()) {
            argv.add("--trust-remote-code");
        }
        // No --api-key: an argument is visible to every user (ps, /proc/PID/cmdline); vLLM reads the key from
        // VLLM_API_KEY, which the plan's environment carries (VllmPlanner).
        argv.addAll(request.extraArgs());
        return List.copyOf(argv);
    }
}
