package io.logicminer.launch.vllm;

import io.logicminer.spi.launch.GpuDevice;
import io.logicminer.spi.launch.LaunchPlan;
import io.logicminer.spi.launch.LaunchRequest;
import io.logicminer.spi.launch.ModelSpec;
import io.logicminer.spi.launch.PlanCandidate;
import io.logicminer.spi.launch.WeightDtype;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The planner's decisions on common GPUs, against estimates computed by hand (each expected figure is written with
 * its arithmetic). Constants: utilization 0.90 of the card, overhead 2 GiB = 2,147,483,648 B per GPU, KV values of 2
 * bytes, target context min(model context, 8192), --max-num-seqs = min(256, KV tokens / 2048).
 */
class VllmPlannerTest {

    private static final long OVERHEAD = 2_147_483_648L;

    // nvidia-smi lines as the cards print them (MiB); 1 MiB in use is what an idle card shows.
    private static final String RTX_4090 = "NVIDIA GeForce RTX 4090, 24564, 1";
    private static final String RTX_A6000 = "NVIDIA RTX A6000, 49140, 1";
    private static final String A100_80 = "NVIDIA A100-SXM4-80GB, 81920, 1";
    private static final String H100_80 = "NVIDIA H100 80GB HBM3, 81559, 1";

    // 0.90 x total bytes, floored: 0.9 x 24564 x 1048576, 0.9 x 49140 x 1048576, ...
    private static final long BUDGET_4090 = 23_181_498_777L;
    private static final long BUDGET_A6000 = 46_374_322_176L;
    private static final long BUDGET_A100 = 77_309_411_328L;
    private static final long BUDGET_H100 = 76_968_728_985L;

    private static List<GpuDevice> gpus(int count, String line) {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < count; i++) {
            csv.append(i).append(", ").append(line).append('\n');
        }
        return NvidiaSmi.parse(csv.toString());
    }

    private static LaunchPlan plan(ModelSpec model, List<GpuDevice> gpus) {
        return plan(model, gpus, LaunchRequest.defaults("m", 8000));
    }

    private static LaunchPlan plan(ModelSpec model, List<GpuDevice> gpus, LaunchRequest request) {
        return VllmPlanner.plan("p", model, gpus, request, "vllm");
    }

    private static ModelSpec qwen2() {
        return new SeedProfiles.Qwen2SevenBInstruct().model();
    }

    private static ModelSpec baichuan2() {
        return new SeedProfiles.Baichuan2ThirteenBChat().model();
    }

    private static ModelSpec llama2() {
        return new SeedProfiles.Llama2ThirteenBChat().model();
    }

    private static ModelSpec falcon() {
        return new SeedProfiles.Falcon40B().model();
    }

    private static ModelSpec mixtral() {
        return new SeedProfiles.Mixtral8x7BInstruct().model();
    }

    private static ModelSpec qwen1() {
        return new SeedProfiles.Qwen7BChat().model();
    }

    private static void assertChosen(LaunchPlan plan, int tp, String weights, long weightBytes, long budget,
                                     long kvPerToken, long kvTokens, int maxModelLen, int maxNumSeqs) {
        assertTrue(plan.fits(), () -> "no fit: " + plan.problems() + "\n" + String.join("\n", plan.explanation()));
        PlanCandidate chosen = plan.chosen().orElseThrow();
        assertEquals(tp, chosen.tensorParallelSize(), "tensor parallel size");
        assertEquals(weights, chosen.weights());
        assertEquals(weightBytes, chosen.weightBytes(), "weights per GPU");
        assertEquals(budget, chosen.budgetBytes(), "budget per GPU");
        assertEquals(OVERHEAD, chosen.overheadBytes());
        assertEquals(kvPerToken, chosen.kvBytesPerToken(), "KV bytes per token per GPU");
        assertEquals(kvTokens, chosen.kvTokens(), "KV tokens");
        assertEquals(maxModelLen, chosen.maxModelLen(), "max model len");
        assertEquals(maxNumSeqs, plan.maxNumSeqs(), "max num seqs");
        assertEquals(0.90, plan.gpuMemoryUtilization());
    }

    @Test
    void oneRtx4090ServesQwen2InBfloat16() {
        LaunchPlan plan = plan(qwen2(), gpus(1, RTX_4090));
        // weights 7,615,616,512 x 2 = 15,231,233,024; KV = 23,181,498,777 - 15,231,233,024 - 2,147,483,648
        // = 5,802,782,105 B; per token 2 x 28 x 4 x 128 x 2 = 57,344 B -> 101,192 tokens; 101,192 / 2048 = 49
        assertChosen(plan, 1, "bfloat16", 15_231_233_024L, BUDGET_4090, 57_344, 101_192, 8192, 49);
        assertEquals(List.of("vllm", "serve", "Qwen/Qwen2-7B-Instruct", "--served-model-name", "m", "--host",
                "127.0.0.1", "--port", "8000", "--dtype", "bfloat16", "--tensor-parallel-size", "1",
                "--gpu-memory-utilization", "0.90", "--max-model-len", "8192", "--max-num-seqs", "49"),
                plan.command());
        assertEquals(Map.of("CUDA_DEVICE_ORDER", "PCI_BUS_ID", "CUDA_VISIBLE_DEVICES", "0"), plan.environment(),
                "nvidia-smi's indices are PCI bus order; CUDA's default is fastest first");
        assertEquals("http://127.0.0.1:8000/v1", plan.baseUrl());
    }

    @Test
    void oneRtx4090ServesBaichuan2OnlyWithFp8() {
        LaunchPlan plan = plan(baichuan2(), gpus(1, RTX_4090));
        // bf16: 13,896,668,160 x 2 = 27,793,336,320 B > the budget: no fit. fp8: embeddings 2 x 125,696 x 5,120 =
        // 1,287,127,040 stay 2 B; (13,896,668,160 - 1,287,127,040) x 8/8 + 1,287,127,040 x 2 = 15,183,795,200 B;
        // KV = 23,181,498,777 - 15,183,795,200 - 2,147,483,648 = 5,850,219,929; per token 2 x 40 x 40 x 128 x 2
        // = 819,200 -> 7,141 tokens >= its 4096 context; 7,141 / 2048 = 3 sequences
        assertChosen(plan, 1, "fp8 8-bit (baichuan-inc/Baichuan2-13B-Chat)", 15_183_795_200L, BUDGET_4090, 819_200,
                7_141, 4096, 3);
        assertEquals(27_793_336_320L, plan.candidates().get(0).weightBytes());
        assertFalse(plan.candidates().get(0).fits());
        assertTrue(plan.command().containsAll(List.of("--quantization", "fp8", "--trust-remote-code")),
                plan.command().toString());
    }

    @Test
    void falcon40bDoesNotFitOneRtx4090AndThePlanSaysWhatWould() {
        LaunchPlan plan = plan(falcon(), gpus(1, RTX_4090));
        assertFalse(plan.fits());
        assertTrue(plan.command().isEmpty());
        // fp8, the smallest variant: (41,835,970,560 - 1,065,353,216) + 1,065,353,216 x 2 = 42,901,323,776 B
        assertEquals(42_901_323_776L, plan.candidates().get(1).weightBytes());
        assertTrue(plan.problems().get(0).startsWith("tiiuae/falcon-40b does not fit on 1 x NVIDIA GeForce RTX 4090"),
                plan.problems().toString());
        // bf16 needs 83,671,941,120 / TP: TP=4 puts 20,917,985,280 + 2 GiB on a card, under the budget (TP=3 does
        // not divide 128 heads / 8 KV heads). fp8 over 2 cards: 21,450,661,888 + 2 GiB > budget, so fp8 needs 4 too
        // and is not suggested: it would take as many cards as the full weights.
        assertTrue(plan.suggestions().contains("4 x NVIDIA GeForce RTX 4090 (24564 MiB) with bfloat16, tensor"
                + " parallel 4"), plan.suggestions().toString());
        assertTrue(plan.suggestions().stream().noneMatch(s -> s.contains("fp8")), plan.suggestions().toString());
        // Mixtral: bf16 needs 8 cards, fp8 4, AWQ 2 - each is worth saying.
        List<String> mixtral = plan(mixtral(), gpus(1, RTX_4090)).suggestions();
        assertTrue(mixtral.get(0).startsWith("8 x ") && mixtral.get(1).startsWith("4 x ")
                && mixtral.get(1).contains("fp8") && mixtral.get(2).startsWith("2 x ") && mixtral.get(2).contains("awq"),
                mixtral.toString());
        assertTrue(plan.suggestions().stream().anyMatch(s -> s.startsWith("several machines like this one")));
    }

    @Test
    void oneA6000ServesLlama2InFloat16AndMixtralWithAwq() {
        // 13,015,864,320 x 2 = 26,031,728,640; KV 46,374,322,176 - 26,031,728,640 - 2,147,483,648 = 18,195,109,888;
        // per token 2 x 40 x 40 x 128 x 2 = 819,200 -> 22,210 tokens; context 4096; 22,210 / 2048 = 10
        assertChosen(plan(llama2(), gpus(1, RTX_A6000)), 1, "float16", 26_031_728_640L, BUDGET_A6000, 819_200,
                22_210, 4096, 10);
        LaunchPlan mixtral = plan(mixtral(), gpus(1, RTX_A6000));
        // fp8: (46,702,792,704 - 262,144,000) + 262,144,000 x 2 = 46,964,936,704 > budget. AWQ 4.25 bits:
        // ceil(46,440,648,704 x 4.25 / 8) + 262,144,000 x 2 = 24,671,594,624 + 524,288,000 = 25,195,882,624;
        // KV 46,374,322,176 - 25,195,882,624 - 2,147,483,648 = 19,030,955,904; per token 2 x 32 x 8 x 128 x 2
        // = 131,072 -> 145,194 tokens; 145,194 / 2048 = 70
        assertChosen(mixtral, 1, "awq 4.25-bit (TheBloke/Mixtral-8x7B-Instruct-v0.1-AWQ)", 25_195_882_624L,
                BUDGET_A6000, 131_072, 145_194, 8192, 70);
        assertEquals("TheBloke/Mixtral-8x7B-Instruct-v0.1-AWQ", mixtral.command().get(2));
        // AWQ kernels compute in float16; the checkpoint names its method, so no --quantization flag.
        assertEquals("float16", mixtral.command().get(mixtral.command().indexOf("--dtype") + 1));
        assertFalse(mixtral.command().contains("--quantization"));
    }

    @Test
    void oneA100ServesMixtralAndFalconInFp8() {
        // Mixtral fp8 46,964,936,704; KV 77,309,411,328 - 46,964,936,704 - 2,147,483,648 = 28,196,990,976
        // / 131,072 = 215,125 tokens; 215,125 / 2048 = 105
        assertChosen(plan(mixtral(), gpus(1, A100_80)), 1, "fp8 8-bit (mistralai/Mixtral-8x7B-Instruct-v0.1)",
                46_964_936_704L, BUDGET_A100, 131_072, 215_125, 8192, 105);
        // Falcon fp8 42,901,323,776; KV 77,309,411,328 - 42,901,323,776 - 2,147,483,648 = 32,260,603,904;
        // per token 2 x 60 x 8 x 64 x 2 = 122,880 -> 262,537 tokens; its context is 2048; 262,537 / 2048 = 128
        assertChosen(plan(falcon(), gpus(1, A100_80)), 1, "fp8 8-bit (tiiuae/falcon-40b)", 42_901_323_776L,
                BUDGET_A100, 122_880, 262_537, 2048, 128);
    }

    @Test
    void twoRtx4090sSplitBaichuan2AndMixtralNeedsAwq() {
        // Baichuan2 bf16 over 2: 27,793,336,320 / 2 = 13,896,668,160; KV 23,181,498,777 - 13,896,668,160 -
        // 2,147,483,648 = 7,137,346,969; per token 2 x 40 x (40/2) x 128 x 2 = 409,600 -> 17,425 tokens; 8 seqs
        LaunchPlan baichuan = plan(baichuan2(), gpus(2, RTX_4090));
        assertChosen(baichuan, 2, "bfloat16", 13_896_668_160L, BUDGET_4090, 409_600, 17_425, 4096, 8);
        assertEquals(Map.of("CUDA_DEVICE_ORDER", "PCI_BUS_ID", "CUDA_VISIBLE_DEVICES", "0,1"), baichuan.environment());
        // Mixtral fp8 over 2: 23,482,468,352 > budget; AWQ over 2: 12,597,941,312; KV 23,181,498,777 -
        // 12,597,941,312 - 2,147,483,648 = 8,436,073,817; per token 2 x 32 x (8/2) x 128 x 2 = 65,536 -> 128,724
        // tokens; 62 seqs
        assertChosen(plan(mixtral(), gpus(2, RTX_4090)), 2, "awq 4.25-bit (TheBloke/Mixtral-8x7B-Instruct-v0.1-AWQ)",
                12_597_941_312L, BUDGET_4090, 65_536, 128_724, 8192, 62);
    }

    @Test
    void fourH100sUseTheSmallestTensorParallelSizeThatHoldsTheFullModel() {
        // Falcon bf16 83,671,941,120: TP=1 does not fit; TP=2 41,835,970,560; KV 76,968,728,985 - 41,835,970,560 -
        // 2,147,483,648 = 32,985,274,777; per token 2 x 60 x (8/2) x 64 x 2 = 61,440 -> 536,869 tokens;
        // context 2048; seqs min(256, 262) = 256
        assertChosen(plan(falcon(), gpus(4, H100_80)), 2, "bfloat16", 41_835_970_560L, BUDGET_H100, 61_440, 536_869,
                2048, 256);
        // Mixtral bf16 93,405,585,408 / 2 = 46,702,792,704; KV 28,118,452,633 / 65,536 = 429,053; seqs 209
        assertChosen(plan(mixtral(), gpus(4, H100_80)), 2, "bfloat16", 46_702_792_704L, BUDGET_H100, 65_536, 429_053,
                8192, 209);
        // Qwen-7B-Chat 7,721,324,544 x 2 = 15,442,649,088 on one card; KV 59,378,596,249 / (2 x 32 x 32 x 128 x 2 =
        // 524,288) = 113,255 tokens; context 8192 (its own); seqs 55
        LaunchPlan qwen = plan(qwen1(), gpus(4, H100_80));
        assertChosen(qwen, 1, "bfloat16", 15_442_649_088L, BUDGET_H100, 524_288, 113_255, 8192, 55);
        assertTrue(qwen.command().contains("--trust-remote-code"));
    }

    @Test
    void headsThatDoNotDivideRuleATensorParallelSizeOut() {
        ModelSpec qwen2 = qwen2(); // 28 attention heads, 4 KV heads
        assertTrue(VllmPlanner.validTensorParallel(qwen2, 4));
        assertFalse(VllmPlanner.validTensorParallel(qwen2, 3), "28 heads do not split over 3 GPUs");
        assertFalse(VllmPlanner.validTensorParallel(qwen2, 8), "28 heads do not split over 8 GPUs");
        assertTrue(VllmPlanner.validTensorParallel(falcon(), 16), "8 KV heads are replicated over 16 GPUs");
        LaunchPlan forced = plan(qwen2, gpus(3, RTX_4090), new LaunchRequest(List.of(), 1, 3, 0, 0, 0,
                Optional.empty(), "auto", "127.0.0.1", 8000, "", "m", List.of()));
        assertFalse(forced.fits());
        assertTrue(forced.problems().get(0).contains("does not divide"), forced.problems().toString());
    }

    @Test
    void multiNodePipelineParallelAddsRayFlags() {
        LaunchRequest twoNodes = new LaunchRequest(List.of(), 2, 0, 0, 0, 0, Optional.empty(), "none", "0.0.0.0",
                8000, "k3y", "mixtral", List.of());
        LaunchPlan plan = plan(mixtral(), gpus(1, A100_80), twoNodes);
        // bf16 split over 2 nodes: 46,702,792,704 per GPU; KV 77,309,411,328 - 46,702,792,704 - 2,147,483,648 =
        // 28,459,134,976; per token 2 x 16 layers x 8 x 128 x 2 = 65,536 -> 434,251 tokens; seqs 212
        assertChosen(plan, 1, "bfloat16", 46_702_792_704L, BUDGET_A100, 65_536, 434_251, 8192, 212);
        assertEquals(2, plan.chosen().orElseThrow().pipelineParallelSize());
        String line = plan.commandLine(true);
        assertTrue(line.contains("--tensor-parallel-size 1 --pipeline-parallel-size 2"
                + " --distributed-executor-backend ray"), line);
        assertFalse(plan.command().contains("--api-key"), "the key is not an argument, where ps shows it");
        assertFalse(plan.commandLine(false).contains("k3y"), plan.commandLine(false));
        assertEquals("k3y", plan.environment().get("VLLM_API_KEY"), "vLLM reads the key from VLLM_API_KEY");
        assertEquals("k3y", plan.apiKey());
        assertEquals("http://127.0.0.1:8000/v1", plan.baseUrl(), "a server on 0.0.0.0 is reached on loopback");
    }

    @Test
    void busyGpusLowerTheUtilizationToWhatIsFree() {
        // 10,000 MiB of 24,564 in use: (14,564 - 512) / 24,564 = 0.572 -> 0.57
        List<GpuDevice> busy = NvidiaSmi.parse("0, " + RTX_4090.replace(", 1", ", 10000"));
        assertEquals(0.57, VllmPlanner.utilization(busy, 0));
        // bf16 (15,231,233,024 B) no longer fits in floor(0.57 x 25,757,220,864) = 14,681,615,892 B; fp8 does:
        // (7,615,616,512 - 1,089,994,752) + 1,089,994,752 x 2 = 8,705,611,264; KV 14,681,615,892 - 8,705,611,264 -
        // 2,147,483,648 = 3,828,520,980 / 57,344 = 66,764 tokens
        LaunchPlan plan = plan(qwen2(), busy);
        PlanCandidate chosen = plan.chosen().orElseThrow();
        assertEquals("fp8 8-bit (Qwen/Qwen2-7B-Instruct)", chosen.weights());
        assertEquals(14_681_615_892L, chosen.budgetBytes());
        assertEquals(66_764, chosen.kvTokens());
        assertEquals("0.57", plan.command().get(plan.command().indexOf("--gpu-memory-utilization") + 1));
        LaunchPlan unquantized = plan(qwen2(), busy, new LaunchRequest(List.of(), 1, 0, 0, 0, 0, Optional.empty(),
                "none", "127.0.0.1", 8000, "", "m", List.of()));
        assertFalse(unquantized.fits(), "with launch.quantization = none nothing fits");
        assertTrue(unquantized.suggestions().stream().anyMatch(s -> s.contains("other processes use up to 10000 MiB")),
                unquantized.suggestions().toString());
        assertTrue(unquantized.suggestions().stream().anyMatch(s -> s.startsWith("these GPUs with fp8")),
                unquantized.suggestions().toString());
    }

    @Test
    void explainShowsTheArithmetic() {
        LaunchPlan plan = plan(qwen2(), gpus(1, RTX_4090));
        String text = String.join("\n", plan.explanation());
        assertTrue(text.contains("KV cache per token (whole model): 2 x 28 x 4 x 128 x 2 B = 57,344 B"), text);
        assertTrue(text.contains("7,615,616,512 params x 2 B = 14.19 GiB"), text);
        assertTrue(text.contains("-> 101,192 tokens: fits (--max-model-len 8192)"), text);
    }

    @Test
    void aForcedDtypeAndQuantizationAreHonoured(@TempDir Path unused) {
        LaunchRequest request = new LaunchRequest(List.of(0), 1, 0, 4096, 16, 0.8, Optional.of(WeightDtype.FLOAT16),
                "fp8", "127.0.0.1", 8001, "", "q", List.of("--enforce-eager"));
        LaunchPlan plan = plan(qwen2(), gpus(2, A100_80), request);
        assertTrue(plan.fits());
        assertEquals(List.of("vllm", "serve", "Qwen/Qwen2-7B-Instruct", "--served-model-name", "q", "--host",
                "127.0.0.1", "--port", "8001", "--dtype", "float16", "--tensor-parallel-size", "1",
                "--gpu-memory-utilization", "0.80", "--max-model-len", "4096", "--max-num-seqs", "16",
                "--quantization", "fp8", "--enforce-eager"), plan.command());
        LaunchPlan unknown = plan(qwen2(), gpus(1, A100_80), new LaunchRequest(List.of(), 1, 0, 0, 0, 0,
                Optional.empty(), "gguf", "127.0.0.1", 8000, "", "q", List.of()));
        assertTrue(unknown.problems().get(0).contains("has no such variant; it has fp8, awq"),
                unknown.problems().toString());
    }

    @Test
    void aGpuNamedTwiceInLaunchGpusIsAProblemNamingTheKey() {
        LaunchPlan plan = plan(qwen2(), gpus(2, A100_80), new LaunchRequest(List.of(1, 1), 1, 0, 0, 0, 0,
                Optional.empty(), "auto", "127.0.0.1", 8000, "", "m", List.of()));
        assertFalse(plan.fits());
        assertEquals(List.of("launch.gpus lists GPU 1 twice: name each GPU once, e.g. [0, 1]"), plan.problems());
        LaunchPlan second = plan(qwen2(), gpus(2, A100_80), new LaunchRequest(List.of(1), 1, 0, 0, 0, 0,
                Optional.empty(), "auto", "127.0.0.1", 8000, "", "m", List.of()));
        assertEquals(Map.of("CUDA_DEVICE_ORDER", "PCI_BUS_ID", "CUDA_VISIBLE_DEVICES", "1"), second.environment());
    }
}
