package io.logicminer.app.launch;

import io.logicminer.spi.launch.GpuDevice;
import io.logicminer.spi.launch.LaunchPlan;
import io.logicminer.spi.launch.PlanCandidate;

import java.io.PrintWriter;
import java.util.Locale;

/** Prints a plan: the GPUs, the estimate table, the choice and the exact command, or why nothing fits. */
public final class PlanPrinter {

    private static final double GIB = 1L << 30;

    /** The variable the server's API key travels in (never on the command line, where ps shows it). */
    static final String API_KEY_VARIABLE = "VLLM_API_KEY";

    private PlanPrinter() {
    }

    /**
     * @param executable what to show as the command's first word ({@code launch.executable}, or the virtualenv's)
     * @param explain    also print the arithmetic
     * @param showApiKey print the API key instead of {@code "$VLLM_API_KEY"}
     */
    public static void print(LaunchPlan plan, String executable, boolean explain, boolean showApiKey,
                             PrintWriter out) {
        out.println("GPUs:");
        for (GpuDevice gpu : plan.gpus()) {
            out.printf(Locale.ROOT, "  %d  %-28s %,7d MiB, %,7d MiB free%n", gpu.index(), gpu.name(), gpu.totalMiB(),
                    gpu.freeMiB());
        }
        var model = plan.model();
        out.printf(Locale.ROOT, "profile %s: %s, %.2fB parameters, %d layers, %d heads / %d KV heads x %d, context %d,"
                        + " %s%s%n", plan.profileName(), model.modelId(), model.parameters() / 1e9, model.layers(),
                model.attentionHeads(), model.kvHeads(), model.headDim(), model.maxContext(), model.dtype().vllmName(),
                model.trustRemoteCode() ? ", trust-remote-code" : "");
        if (!model.note().isBlank()) {
            out.println("  note: " + model.note());
        }
        if (!plan.candidates().isEmpty()) {
            out.println("estimate per GPU (GiB; budget = utilization x memory; KV = budget - weights - overhead):");
            out.printf(Locale.ROOT, "  %-3s %-3s %-58s %8s %8s %8s %10s %10s %7s  %s%n", "TP", "PP", "weights",
                    "weights", "overhead", "budget", "KV B/tok", "KV tokens", "context", "verdict");
            for (PlanCandidate c : plan.candidates()) {
                boolean chosen = plan.chosen().map(c::equals).orElse(false);
                out.printf(Locale.ROOT, "  %-3d %-3d %-58s %8.2f %8.2f %8.2f %,10d %,10d %7s  %s%s%n",
                        c.tensorParallelSize(), c.pipelineParallelSize(), c.weights(), c.weightBytes() / GIB,
                        c.overheadBytes() / GIB, c.budgetBytes() / GIB, c.kvBytesPerToken(), c.kvTokens(),
                        c.fits() ? String.valueOf(c.maxModelLen()) : "-", c.verdict(), chosen ? "   <- chosen" : "");
            }
        }
        if (explain) {
            out.println("arithmetic:");
            plan.explanation().forEach(line -> out.println("  " + line));
        }
        if (plan.fits()) {
            PlanCandidate chosen = plan.chosen().orElseThrow();
            out.printf(Locale.ROOT, "chosen: %s, tensor parallel %d%s, --gpu-memory-utilization %.2f,"
                            + " --max-model-len %d, --max-num-seqs %d%n", chosen.weights(),
                    chosen.tensorParallelSize(), chosen.pipelineParallelSize() > 1
                            ? ", pipeline parallel " + chosen.pipelineParallelSize() + " (Ray)" : "",
                    plan.gpuMemoryUtilization(), chosen.maxModelLen(), plan.maxNumSeqs());
            String line = plan.commandLine(!showApiKey);
            line = executable + line.substring(line.indexOf(' '));
            out.println("command:");
            String environment = plan.environment().entrySet().stream()
                    .sorted(java.util.Map.Entry.<String, String>comparingByKey(
                            java.util.Comparator.comparing((String k) -> !k.equals(API_KEY_VARIABLE))
                                    .thenComparing(java.util.Comparator.naturalOrder())))
                    .map(e -> e.getKey() + "=" + (e.getKey().equals(API_KEY_VARIABLE) && !showApiKey
                            ? "\"$" + API_KEY_VARIABLE + "\"" : shellQuoted(e.getValue())) + " ")
                    .reduce("", String::concat);
            out.println("  " + environment + line);
            out.println("clients: base_url " + plan.baseUrl() + ", model " + plan.servedModelName());
        } else {
            out.println("does not fit:");
            plan.problems().forEach(p -> out.println("  " + p));
            if (!plan.suggestions().isEmpty()) {
                out.println("what would:");
                plan.suggestions().forEach(s -> out.println("  - " + s));
            }
        }
        out.flush();
    }

    /** One line for {@code gpu plan --all}: the profile and what the planner chose, or that it does not fit. */
    public static String summary(LaunchPlan plan) {
        if (!plan.fits()) {
            return String.format(Locale.ROOT, "%-24s does not fit%s", plan.profileName(),
                    plan.suggestions().isEmpty() ? "" : "; would: " + plan.suggestions().get(0));
        }
        PlanCandidate chosen = plan.chosen().orElseThrow();
        return String.format(Locale.ROOT, "%-24s %s, TP=%d%s, context %d, %d seqs, %,d KV tokens",
                plan.profileName(), chosen.weights(), chosen.tensorParallelSize(),
                chosen.pipelineParallelSize() > 1 ? " PP=" + chosen.pipelineParallelSize() : "",
                chosen.maxModelLen(), plan.maxNumSeqs(), chosen.kvTokens());
    }

    private static String shellQuoted(String value) {
        if (!value.isEmpty() && value.chars().allMatch(c -> Character.isLetterOrDigit(c) || "-_./:=,@+".indexOf(c) >= 0)) {
            return value;
        }
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
