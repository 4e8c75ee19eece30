package io.logicminer.spi.launch;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The launch value types keep the promises of their Javadoc. */
class LaunchValueTypesTest {

    private static ModelSpec qwen2() {
        return new ModelSpec("Qwen/Qwen2-7B-Instruct", 7_615_616_512L, 28, 28, 4, 128, 3584, 152_064, false, 32_768,
                WeightDtype.BFLOAT16, false, List.of(), "");
    }

    @Test
    void kvCacheAndEmbeddingsFollowTheConfig() {
        assertEquals(2L * 28 * 4 * 128 * 2, qwen2().kvCacheBytesPerToken(2));
        assertEquals(2L * 152_064 * 3584, qwen2().embeddingParameters());
    }

    @Test
    void impossibleFactsAreRefusedNamingTheModel() {
        IllegalArgumentException heads = assertThrows(IllegalArgumentException.class, () -> new ModelSpec("m", 1L << 40,
                2, 28, 5, 128, 3584, 1000, false, 4096, WeightDtype.FLOAT16, false, List.of(), ""));
        assertTrue(heads.getMessage().startsWith("m: attention heads (28) must be a multiple of kv heads (5)"));
        IllegalArgumentException billions = assertThrows(IllegalArgumentException.class, () -> new ModelSpec("m", 7,
                2, 2, 2, 64, 128, 1000, false, 4096, WeightDtype.FLOAT16, false, List.of(), ""));
        assertTrue(billions.getMessage().contains("in billions?"), billions.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new QuantizedVariant("m", "awq", 16, ""));
        assertThrows(IllegalArgumentException.class, () -> new GpuDevice(0, "g", 100, 200));
        assertEquals(WeightDtype.FLOAT16, WeightDtype.parse("half"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WeightDtype.parse("int4")).getMessage()
                .contains("expected bfloat16, float16 or float32"));
    }

    @Test
    void theCommandLineQuotesForTheShellAndMasksTheKey() {
        PlanCandidate chosen = new PlanCandidate(1, 1, "bfloat16", 1, 1, 1, 1, 8192, 8192, "fits");
        LaunchPlan plan = new LaunchPlan("p", qwen2(), List.of(), List.of(chosen), Optional.of(chosen),
                Optional.empty(), WeightDtype.BFLOAT16, 0.9, 8, List.of("vllm", "serve", "Qwen/Qwen2-7B-Instruct",
                "--served-model-name", "my model", "--api-key", "k'ey"), Map.of(), List.of(), List.of(), List.of(),
                "http://127.0.0.1:8000/v1", "my model", "k'ey");
        assertEquals("vllm serve Qwen/Qwen2-7B-Instruct --served-model-name 'my model' --api-key \"$VLLM_API_KEY\"",
                plan.commandLine(true));
        assertEquals("vllm serve Qwen/Qwen2-7B-Instruct --served-model-name 'my model' --api-key 'k'\\''ey'",
                plan.commandLine(false));
        assertThrows(IllegalArgumentException.class, () -> new LaunchPlan("p", qwen2(), List.of(), List.of(),
                Optional.empty(), Optional.empty(), WeightDtype.BFLOAT16, 0, 0, List.of("vllm"), Map.of(), List.of(),
                List.of(), List.of(), "", "m", ""));
    }

    @Test
    void aLaunchRequestChecksItsNumbers() {
        assertThrows(IllegalArgumentException.class, () -> new LaunchRequest(List.of(), 0, 0, 0, 0, 0,
                Optional.empty(), "auto", "h", 8000, "", "m", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new LaunchRequest(List.of(), 1, 0, 0, 0, 1.5,
                Optional.empty(), "auto", "h", 8000, "", "m", List.of()));
        assertEquals(8192, LaunchRequest.DEFAULT_MAX_MODEL_LEN);
    }
}
