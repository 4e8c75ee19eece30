package io.logicminer.spi.launch;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link LaunchBackend}'s planner decided for a model on the GPUs it found: the estimate table, the chosen
 * settings and the exact command, or why nothing fits and what would.
 *
 * @param profileName          the profile planned
 * @param model                the profile's model
 * @param gpus                 the GPUs considered (after {@link LaunchRequest#gpuIndices()})
 * @param candidates           every way tried, in the order tried (the estimate table)
 * @param chosen               the candidate chosen; empty when nothing fits
 * @param quantization         the quantized variant chosen, if any
 * @param dtype                the dtype of unquantized weights and of the KV cache
 * @param gpuMemoryUtilization {@code --gpu-memory-utilization}
 * @param maxNumSeqs           {@code --max-num-seqs}
 * @param command              the server's argument vector, the executable first (e.g. {@code vllm serve ...});
 *                             empty when nothing fits
 * @param environment          variables the server needs ({@code CUDA_VISIBLE_DEVICES})
 * @param explanation          the arithmetic, line by line ({@code gpu plan --explain})
 * @param problems             why nothing fits (empty when something does)
 * @param suggestions          what would fit: more GPUs, a quantized checkpoint, a shorter context
 * @param baseUrl              the OpenAI-compatible base URL clients use, e.g. {@code http://127.0.0.1:8000/v1}
 * @param servedModelName      the model name clients ask for
 * @param apiKey               the key clients send; empty for none
 */
public record LaunchPlan(String profileName, ModelSpec model, List<GpuDevice> gpus, List<PlanCandidate> candidates,
                         Optional<PlanCandidate> chosen, Optional<QuantizedVariant> quantization, WeightDtype dtype,
                         double gpuMemoryUtilization, int maxNumSeqs, List<String> command,
                         Map<String, String> environment, List<String> explanation, List<String> problems,
                         List<String> suggestions, String baseUrl, String servedModelName, String apiKey) {

    public LaunchPlan {
        Objects.requireNonNull(profileName, "profileName");
        Objects.requireNonNull(model, "model");
        gpus = List.copyOf(gpus);
        candidates = List.copyOf(candidates);
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
        explanation = List.copyOf(explanation);
        problems = List.copyOf(problems);
        suggestions = List.copyOf(suggestions);
        apiKey = apiKey == null ? "" : apiKey;
        if (chosen.isPresent() == command.isEmpty()) {
            throw new IllegalArgumentException("a plan has a command exactly when a candidate was chosen");
        }
    }

    /** Whether something fits. */
    public boolean fits() {
        return chosen.isPresent();
    }

    /** The checkpoint served: the quantized variant's or the model's own. */
    public String checkpoint() {
        return quantization.map(QuantizedVariant::modelId).orElse(model.modelId());
    }

    /**
     * The command as one shell line, each argument quoted where the shell needs it; the API key is shown as
     * {@code $VLLM_API_KEY} when {@code maskApiKey} (vLLM also reads the key from that variable).
     */
    public String commandLine(boolean maskApiKey) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < command.size(); i++) {
            String argument = command.get(i);
            if (maskApiKey && i > 0 && command.get(i - 1).equals("--api-key")) {
                argument = "\"$VLLM_API_KEY\"";
            } else {
                argument = quote(argument);
            }
            line.append(i == 0 ? "" : " ").append(argument);
        }
        return line.toString();
    }

    private static String quote(String argument) {
        if (!argument.isEmpty() && argument.chars().allMatch(c -> Character.isLetterOrDigit(c) || "-_./:=,@+".indexOf(c) >= 0)) {
            return argument;
        }
        return "'" + argument.replace("'", "'\\''") + "'";
    }
}
