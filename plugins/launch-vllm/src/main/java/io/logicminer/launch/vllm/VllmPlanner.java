package io.logicminer.launch.vllm;

import io.logicminer.spi.launch.GpuDevice;
import io.logicminer.spi.launch.LaunchPlan;
import io.logicminer.spi.launch.LaunchRequest;
import io.logicminer.spi.launch.ModelSpec;
import io.logicminer.spi.launch.PlanCandidate;
import io.logicminer.spi.launch.QuantizedVariant;
import io.logicminer.spi.launch.WeightDtype;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides how {@code vllm serve} runs a model on the GPUs at hand.
 *
 * <p>Per GPU: vLLM may take {@code utilization × memory}; from that it subtracts the weights
 * ({@code parameters × bytes per parameter / (TP × PP)}) and its own runtime overhead ({@link #OVERHEAD_PER_GPU}),
 * and what is left holds the KV cache, {@code 2 × layers/PP × max(1, kv heads/TP) × head dim × dtype bytes} per token.
 * vLLM refuses to start unless one sequence of {@code --max-model-len} tokens fits in that cache, so that is the
 * test of a fit.
 *
 * <p>Preference: the unquantized weights at the smallest tensor-parallel size that fits; then each quantized
 * variant, most bits first, at the smallest size that fits. Quality before GPU count: a miner is paid for correct
 * answers, and a GPU left over serves a second replica behind the endpoint pool.
 */
final class VllmPlanner {

    static final long MIB = 1L << 20;
    static final long GIB = 1L << 30;

    /**
     * Runtime overhead per GPU: the CUDA context and cuBLAS/NCCL workspaces (~0.5-1 GiB), the activations of
     * vLLM's profiling batch and the captured CUDA graphs (~0.5-1 GiB). vLLM measures its real figure at start-up;
     * this is the planner's conservative stand-in.
     */
    static final long OVERHEAD_PER_GPU = 2 * GIB;

    /** vLLM's own default {@code --gpu-memory-utilization}. */
    static final double DEFAULT_UTILIZATION = 0.90;

    /** Kept free below what other processes leave when the planner lowers the utilization for them. */
    static final long FREE_MARGIN = 512 * MIB;

    /** The shortest context worth serving: a LogicNet prompt with a step-by-step answer. */
    static final int MIN_CONTEXT = 2048;

    /** Contexts shortened to fit are multiples of this. */
    static final int CONTEXT_STEP = 1024;

    /** vLLM's default {@code --max-num-seqs}; more rarely helps a miner. */
    static final int MAX_NUM_SEQS_CAP = 256;

    private VllmPlanner() {
    }

    /** A way of storing the weights: the model's dtype, or a quantized variant. */
    private record WeightChoice(Optional<QuantizedVariant> variant, WeightDtype dtype) {
        String label() {
            return variant.map(QuantizedVariant::label).orElse(dtype.vllmName());
        }

        long totalBytes(ModelSpec model) {
            if (variant.isEmpty()) {
                return model.parameters() * dtype.bytes();
            }
            long embeddings = model.embeddingParameters();
            double quantized = (model.parameters() - embeddings) * variant.get().bitsPerWeight() / 8.0;
            return (long) Math.ceil(quantized) + embeddings * dtype.bytes();
        }
    }

    static LaunchPlan plan(String profileName, ModelSpec model, List<GpuDevice> found, LaunchRequest request,
                           String executable) {
        List<String> problems = new ArrayList<>();
        List<String> suggestions = new ArrayList<>();
        List<String> explanation = new ArrayList<>();
        List<GpuDevice> gpus = selectGpus(found, request, problems);
        WeightDtype dtype = request.dtype().orElse(model.dtype());
        int pipeline = request.nodes();
        if (pipeline > model.layers()) {
            problems.add("launch.nodes = " + pipeline + " is more than the model's " + model.layers() + " layers");
        }

        int target;
        int minimum;
        if (request.maxModelLen() > 0) {
            if (request.maxModelLen() > model.maxContext()) {
                problems.add("launch.max_model_len = " + request.maxModelLen() + " is beyond " + model.modelId()
                        + "'s context of " + model.maxContext() + " tokens");
            }
            target = request.maxModelLen();
            minimum = request.maxModelLen();
        } else {
            target = Math.min(model.maxContext(), LaunchRequest.DEFAULT_MAX_MODEL_LEN);
            minimum = Math.min(MIN_CONTEXT, target);
        }

        List<WeightChoice> choices = weightChoices(model, dtype, request.quantization(), problems);
        List<Integer> sizes = tensorParallelSizes(model, gpus.size(), request.tensorParallelSize(), problems);

        explainModel(model, dtype, pipeline, target, minimum, explanation);
        List<PlanCandidate> candidates = new ArrayList<>();
        PlanCandidate chosen = null;
        WeightChoice chosenWeights = null;
        List<GpuDevice> chosenGpus = List.of();
        double chosenUtilization = 0;
        if (problems.isEmpty()) {
            for (WeightChoice choice : choices) {
                for (int tp : sizes) {
                    List<GpuDevice> used = gpus.subList(0, tp);
                    double utilization = utilization(used, request.gpuMemoryUtilization());
                    PlanCandidate candidate = evaluate(model, choice, used, tp, pipeline, utilization, target,
                            minimum, request.gpuMemoryUtilization() > 0, explanation);
                    candidates.add(candidate);
                    if (chosen == null && candidate.fits()) {
                        chosen = candidate;
                        chosenWeights = choice;
                        chosenGpus = used;
                        chosenUtilization = utilization;
                    }
                }
            }
        }

        List<String> command = List.of();
        Map<String, String> environment = Map.of();
        int maxNumSeqs = 0;
        if (chosen != null) {
            maxNumSeqs = request.maxNumSeqs() > 0 ? request.maxNumSeqs()
                    : (int) Math.max(1, Math.min(MAX_NUM_SEQS_CAP, chosen.kvTokens() / LaunchRequest.TYPICAL_SEQUENCE));
            explanation.add(String.format(Locale.ROOT, "chosen: %s, TP=%d, PP=%d; --max-num-seqs %d = %s", chosenWeights
                            .label(), chosen.tensorParallelSize(), chosen.pipelineParallelSize(), maxNumSeqs,
                    request.maxNumSeqs() > 0 ? "launch.max_num_seqs" : "min(" + MAX_NUM_SEQS_CAP + ", "
                            + chosen.kvTokens() + " KV tokens / " + LaunchRequest.TYPICAL_SEQUENCE
                            + " tokens per typical request)"));
            command = VllmCommand.build(executable, model, chosenWeights.variant(), chosenWeights.dtype(), chosen,
                    chosenUtilization, maxNumSeqs, request);
            Map<String, String> variables = new LinkedHashMap<>();
            // The indices are nvidia-smi's, which counts in PCI bus order; CUDA counts fastest first unless told.
            variables.put("CUDA_DEVICE_ORDER", "PCI_BUS_ID");
            variables.put("CUDA_VISIBLE_DEVICES", chosenGpus.stream().map(g -> String.valueOf(g.index()))
                    .collect(Collectors.joining(",")));
            if (!request.apiKey().isBlank()) {
                variables.put(VllmCommand.API_KEY_VARIABLE, request.apiKey());
            }
            environment = variables;
        } else {
            if (problems.isEmpty()) {
                problems.add(whyNothingFits(model, candidates, gpus));
            }
            suggest(model, dtype, gpus, request, choices, target, minimum, suggestions);
        }
        String host = request.host();
        String clientHost = host.equals("0.0.0.0") || host.equals("::") || host.isBlank() ? "127.0.0.1" : host;
        return new LaunchPlan(profileName, model, gpus, candidates, Optional.ofNullable(chosen),
                chosenWeights == null ? Optional.empty() : chosenWeights.variant(),
                chosenWeights == null ? dtype : chosenWeights.dtype(), chosenUtilization, maxNumSeqs, command,
                environment, explanation, problems, suggestions,
                "http://" + (clientHost.contains(":") ? "[" + clientHost + "]" : clientHost) + ":" + request.port()
                        + "/v1", request.servedModelName(), request.apiKey());
    }

    private static List<GpuDevice> selectGpus(List<GpuDevice> found, LaunchRequest request, List<String> problems) {
        if (request.gpuIndices().isEmpty()) {
            return List.copyOf(found);
        }
        Map<Integer, GpuDevice> byIndex = new LinkedHashMap<>();
        found.forEach(g -> byIndex.put(g.index(), g));
        List<GpuDevice> selected = new ArrayList<>();
        for (int index : request.gpuIndices()) {
            GpuDevice gpu = byIndex.get(index);
            if (selected.contains(gpu)) {
                problems.add("launch.gpus lists GPU " + index + " twice: name each GPU once, e.g. [0, 1]");
            } else if (gpu == null) {
                problems.add("launch.gpus names GPU " + index + ", but nvidia-smi lists only " + byIndex.keySet());
            } else {
                selected.add(gpu);
            }
        }
        return List.copyOf(selected);
    }

    private static List<WeightChoice> weightChoices(ModelSpec model, WeightDtype dtype, String quantization,
                                                    List<String> problems) {
        List<QuantizedVariant> variants = model.quantizedVariants().stream()
                .sorted(Comparator.comparingDouble(QuantizedVariant::bitsPerWeight).reversed()).toList();
        String wanted = quantization.strip().toLowerCase(Locale.ROOT);
        List<WeightChoice> choices = new ArrayList<>();
        switch (wanted) {
            case "auto", "" -> {
                choices.add(new WeightChoice(Optional.empty(), dtype));
                variants.forEach(v -> choices.add(new WeightChoice(Optional.of(v), servedDtype(v, dtype))));
            }
            case "none" -> choices.add(new WeightChoice(Optional.empty(), dtype));
            default -> {
                variants.stream().filter(v -> v.method().equalsIgnoreCase(wanted))
                        .forEach(v -> choices.add(new WeightChoice(Optional.of(v), servedDtype(v, dtype))));
                if (choices.isEmpty()) {
                    problems.add("launch.quantization = " + quantization + ": " + model.modelId() + " has no such"
                            + " variant; it has " + (variants.isEmpty() ? "none" : variants.stream()
                            .map(QuantizedVariant::method).distinct().collect(Collectors.joining(", ")))
                            + " (or use auto / none)");
                }
            }
        }
        return choices;
    }

    /** AWQ and GPTQ kernels compute in float16; an online FP8 quantization keeps the model's dtype. */
    private static WeightDtype servedDtype(QuantizedVariant variant, WeightDtype dtype) {
        String method = variant.method().toLowerCase(Locale.ROOT);
        return method.startsWith("awq") || method.startsWith("gptq") ? WeightDtype.FLOAT16 : dtype;
    }

    /**
     * Valid tensor-parallel sizes: vLLM splits the attention heads evenly over the GPUs, so TP must divide the
     * attention heads; the KV heads are split when there are at least TP of them (then TP must divide them) and
     * replicated otherwise (then they must divide TP).
     */
    static boolean validTensorParallel(ModelSpec model, int tp) {
        if (tp < 1 || model.attentionHeads() % tp != 0) {
            return false;
        }
        return model.kvHeads() >= tp ? model.kvHeads() % tp == 0 : tp % model.kvHeads() == 0;
    }

    private static List<Integer> tensorParallelSizes(ModelSpec model, int gpus, int requested,
                                                     List<String> problems) {
        if (gpus == 0) {
            problems.add("no GPU to run on");
            return List.of();
        }
        if (requested > 0) {
            if (requested > gpus) {
                problems.add("launch.tensor_parallel_size = " + requested + " needs " + requested + " GPUs; "
                        + gpus + " available");
            } else if (!validTensorParallel(model, requested)) {
                problems.add("launch.tensor_parallel_size = " + requested + " does not divide " + model.modelId()
                        + "'s " + model.attentionHeads() + " attention heads / " + model.kvHeads() + " KV heads");
            }
            return List.of(requested);
        }
        List<Integer> sizes = new ArrayList<>();
        for (int tp = 1; tp <= gpus; tp++) {
            if (validTensorParallel(model, tp)) {
                sizes.add(tp);
            }
        }
        return sizes;
    }

    /**
     * {@code launch.gpu_memory_utilization} when set; else 0.90, lowered (to the hundredth below) when other
     * processes leave less than that free on one of the GPUs: vLLM refuses to start when
     * {@code utilization × memory} exceeds the free memory.
     */
    static double utilization(List<GpuDevice> used, double requested) {
        if (requested > 0) {
            return requested;
        }
        double utilization = DEFAULT_UTILIZATION;
        for (GpuDevice gpu : used) {
            double free = (double) (gpu.freeBytes() - FREE_MARGIN) / gpu.totalBytes();
            utilization = Math.min(utilization, Math.floor(free * 100) / 100);
        }
        return Math.max(0, utilization);
    }

    private static PlanCandidate evaluate(ModelSpec model, WeightChoice choice, List<GpuDevice> used, int tp, int pp,
                                          double utilization, int target, int minimum, boolean utilizationRequested,
                                          List<String> explanation) {
        GpuDevice smallest = used.stream().min(Comparator.comparingLong(GpuDevice::totalMiB)).orElseThrow();
        long budget = (long) Math.floor(utilization * smallest.totalBytes());
        long totalWeights = choice.totalBytes(model);
        long weights = ceilDiv(totalWeights, (long) tp * pp);
        int layersPerStage = (int) ceilDiv(model.layers(), pp);
        int kvHeadsPerGpu = Math.max(1, model.kvHeads() / tp);
        long kvPerToken = 2L * layersPerStage * kvHeadsPerGpu * model.headDim() * choice.dtype().bytes();
        long free = budget - weights - OVERHEAD_PER_GPU;
        long tokens = free <= 0 ? 0 : free / kvPerToken;
        int maxModelLen;
        String verdict;
        GpuDevice tight = used.stream().filter(g -> utilization * g.totalBytes() > g.freeBytes()).findFirst()
                .orElse(null);
        if (utilization <= 0 || (utilizationRequested && tight != null)) {
            GpuDevice gpu = tight == null ? smallest : tight;
            maxModelLen = 0;
            verdict = String.format(Locale.ROOT, "GPU %d has only %s free of %s", gpu.index(), gib(gpu.freeBytes()),
                    gib(gpu.totalBytes()));
        } else if (free <= 0) {
            maxModelLen = 0;
            verdict = "weights + overhead " + gib(weights + OVERHEAD_PER_GPU) + " exceed the budget " + gib(budget);
        } else if (tokens >= target) {
            maxModelLen = target;
            verdict = "fits";
        } else {
            int shortened = (int) (tokens / CONTEXT_STEP * CONTEXT_STEP);
            if (shortened >= minimum && minimum < target) {
                maxModelLen = shortened;
                verdict = "fits with a shorter context";
            } else {
                maxModelLen = 0;
                verdict = "KV cache holds " + tokens + " tokens, fewer than " + minimum;
            }
        }
        explanation.add(String.format(Locale.ROOT,
                "TP=%d PP=%d %s: weights %s/GPU (%s / %d GPUs); budget %.2f x %s = %s; KV = %s - %s - %s overhead ="
                        + " %s; per token 2 x %d layers x %d KV heads x %d x %d B = %,d B -> %,d tokens: %s%s",
                tp, pp, choice.label(), gib(weights), weightsArithmetic(model, choice, totalWeights), tp * pp,
                utilization, gib(smallest.totalBytes()), gib(budget), gib(budget), gib(weights),
                gib(OVERHEAD_PER_GPU), gib(free), layersPerStage, kvHeadsPerGpu, model.headDim(),
                choice.dtype().bytes(), kvPerToken, tokens, verdict,
                maxModelLen > 0 ? " (--max-model-len " + maxModelLen + ")" : ""));
        return new PlanCandidate(tp, pp, choice.label(), weights, OVERHEAD_PER_GPU, budget, kvPerToken, tokens,
                maxModelLen, verdict);
    }

    private static String weightsArithmetic(ModelSpec model, WeightChoice choice, long total) {
        if (choice.variant().isEmpty()) {
            return String.format(Locale.ROOT, "%,d params x %d B = %s", model.parameters(), choice.dtype().bytes(),
                    gib(total));
        }
        long embeddings = model.embeddingParameters();
        return String.format(Locale.ROOT, "%,d params x %s bits / 8 + %,d embedding params x %d B = %s",
                model.parameters() - embeddings, choice.variant().get().bitsPerWeight(), embeddings,
                choice.dtype().bytes(), gib(total));
    }

    private static void explainModel(ModelSpec model, WeightDtype dtype, int pp, int target, int minimum,
                                     List<String> explanation) {
        explanation.add(String.format(Locale.ROOT, "%s: %,d parameters (%,d in embeddings/head), %d layers, %d"
                        + " attention heads, %d KV heads of %d, context %d, %s", model.modelId(), model.parameters(),
                model.embeddingParameters(), model.layers(), model.attentionHeads(), model.kvHeads(), model.headDim(),
                model.maxContext(), dtype.vllmName()));
        explanation.add(String.format(Locale.ROOT, "KV cache per token (whole model): 2 x %d x %d x %d x %d B = %,d B;"
                        + " target context %d tokens, at least %d; overhead %s per GPU%s", model.layers(),
                model.kvHeads(), model.headDim(), dtype.bytes(), model.kvCacheBytesPerToken(dtype.bytes()), target,
                minimum, gib(OVERHEAD_PER_GPU), pp > 1 ? "; " + pp + " pipeline stages (nodes)" : ""));
    }

    private static String whyNothingFits(ModelSpec model, List<PlanCandidate> candidates, List<GpuDevice> gpus) {
        PlanCandidate best = candidates.stream().max(Comparator.comparingLong(PlanCandidate::kvTokens)
                .thenComparing(c -> -c.weightBytes())).orElse(null);
        String onWhat = gpus.size() + " x " + (gpus.isEmpty() ? "GPU" : gpus.get(0).name());
        if (best == null) {
            return model.modelId() + " cannot be planned on " + onWhat;
        }
        return model.modelId() + " does not fit on " + onWhat + ": the closest, TP=" + best.tensorParallelSize()
                + " with " + best.weights() + ", has " + best.verdict();
    }

    private static void suggest(ModelSpec model, WeightDtype dtype, List<GpuDevice> gpus, LaunchRequest request,
                                List<WeightChoice> tried, int target, int minimum, List<String> suggestions) {
        if (gpus.isEmpty()) {
            return;
        }
        GpuDevice like = gpus.get(0);
        List<WeightChoice> all = new ArrayList<>(tried);
        all.addAll(weightChoices(model, dtype, "auto", new ArrayList<>()));
        // More GPUs like these (one node, tensor parallel), for each way of storing the weights; a quantized one
        // only when it needs fewer GPUs than the better ways before it.
        int fewest = Integer.MAX_VALUE;
        for (WeightChoice choice : all.stream().distinct().toList()) {
            for (int tp = gpus.size() + 1; tp <= 16; tp++) {
                if (!validTensorParallel(model, tp)) {
                    continue;
                }
                List<GpuDevice> hypothetical = java.util.Collections.nCopies(tp, new GpuDevice(0, like.name(),
                        like.totalMiB(), 0));
                PlanCandidate candidate = evaluate(model, choice, hypothetical, tp, request.nodes(),
                        utilization(hypothetical, request.gpuMemoryUtilization()), target, minimum,
                        request.gpuMemoryUtilization() > 0, new ArrayList<>());
                if (candidate.fits()) {
                    if (tp < fewest) {
                        fewest = tp;
                        suggestions.add(tp + " x " + like.name() + " (" + like.totalMiB() + " MiB) with "
                                + choice.label() + ", tensor parallel " + tp);
                    }
                    break;
                }
            }
        }
        // Quantized variants this request excluded that would fit here.
        if (!request.quantization().equalsIgnoreCase("auto")) {
            for (WeightChoice choice : weightChoices(model, dtype, "auto", new ArrayList<>())) {
                if (choice.variant().isEmpty() || tried.contains(choice)) {
                    continue;
                }
                for (int tp : tensorParallelSizes(model, gpus.size(), 0, new ArrayList<>())) {
                    List<GpuDevice> used = gpus.subList(0, tp);
                    if (evaluate(model, choice, used, tp, request.nodes(), utilization(used,
                            request.gpuMemoryUtilization()), target, minimum, request.gpuMemoryUtilization() > 0,
                            new ArrayList<>()).fits()) {
                        suggestions.add("these GPUs with " + choice.label() + " (launch.quantization = "
                                + choice.variant().get().method() + " or auto), tensor parallel " + tp);
                        break;
                    }
                }
            }
        }
        if (request.maxModelLen() > MIN_CONTEXT) {
            suggestions.add("a shorter context: launch.max_model_len = 0 lets the planner shorten it");
        }
        long busy = gpus.stream().mapToLong(GpuDevice::usedMiB).max().orElse(0);
        if (busy * MIB > GIB) {
            suggestions.add("free the GPUs: other processes use up to " + busy + " MiB (nvidia-smi lists them)");
        }
        if (request.nodes() == 1) {
            suggestions.add("several machines like this one: launch.nodes = N splits the layers over N nodes"
                    + " (Ray, pipeline parallel; docs/gpu.md)");
        }
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.2f GiB", bytes / (double) GIB);
    }
}
