package io.logicminer.app.launch;

import io.logicminer.spi.InvalidConfigException;
import io.logicminer.spi.launch.LaunchRequest;
import io.logicminer.spi.launch.WeightDtype;
import io.logicminer.testkit.MapComponentConfig;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LaunchSettingsTest {

    private static LaunchSettings read(Map<String, Object> values) {
        return LaunchSettings.read(new MapComponentConfig("launch", values), Path.of("/data"));
    }

    @Test
    void defaultsLeaveEveryChoiceToThePlanner() {
        LaunchSettings settings = read(Map.of());
        LaunchRequest request = settings.request("qwen2-7b-instruct");
        assertEquals(LaunchRequest.defaults("qwen2-7b-instruct", 8000), request);
        assertEquals(Path.of("/data/launch/qwen2-7b-instruct.log"), settings.logFile("qwen2-7b-instruct"));
        assertEquals(Duration.ofSeconds(5), settings.supervisor("p").initialBackoff());
        assertEquals(5, settings.supervisor("p").crashLoopLimit());
        assertEquals("vllm", settings.supervisor("p").executable());
    }

    @Test
    void theDefaultChatModelIsPointedAtTheLaunchedServer() {
        LaunchSettings settings = read(Map.of("host", "0.0.0.0", "port", 8123, "api_key", "k",
                "served_model_name", "Qwen/Qwen2-7B-Instruct"));
        assertEquals(Map.of("miner.llm_client.base_url", "http://127.0.0.1:8123/v1",
                "miner.llm_client.model", "Qwen/Qwen2-7B-Instruct", "miner.llm_client.api_key", "k"),
                settings.chatModelOverrides("qwen2-7b-instruct"));
        assertEquals("qwen2", read(Map.of()).chatModelOverrides("qwen2").get("miner.llm_client.model"),
                "without served_model_name clients ask for the profile's name");
    }

    @Test
    void operatorChoicesReachThePlanner() {
        LaunchSettings settings = read(Map.of("gpus", "0, 2", "nodes", 2, "dtype", "half", "quantization", "awq",
                "max_model_len", 4096, "gpu_memory_utilization", 0.8, "extra_args", List.of("--enforce-eager"),
                "restart", Map.of("initial_backoff", "1s", "max_backoff", "8s", "crash_loop_limit", 3),
                "environment", Map.of("HF_HOME", "/models")));
        LaunchRequest request = settings.request("p");
        assertEquals(List.of(0, 2), request.gpuIndices());
        assertEquals(2, request.nodes());
        assertEquals(Optional.of(WeightDtype.FLOAT16), request.dtype());
        assertEquals("awq", request.quantization());
        assertEquals(4096, request.maxModelLen());
        assertEquals(0.8, request.gpuMemoryUtilization());
        assertEquals(List.of("--enforce-eager"), request.extraArgs());
        assertEquals(Duration.ofSeconds(8), settings.supervisor("p").maxBackoff());
        assertEquals(Map.of("HF_HOME", "/models"), settings.supervisor("p").environment());
    }

    @Test
    void badValuesNameTheKey() {
        assertTrue(assertThrows(InvalidConfigException.class, () -> read(Map.of("gpus", "0,x"))).getMessage()
                .startsWith("launch.gpus: 'x' is not a GPU index"));
        assertTrue(assertThrows(InvalidConfigException.class, () -> read(Map.of("gpus", "0, 1, 0"))).getMessage()
                .startsWith("launch.gpus: lists GPU 0 twice"));
        assertTrue(assertThrows(InvalidConfigException.class, () -> read(Map.of("gpu_memory_utilization", 1.5)))
                .getMessage().startsWith("launch.gpu_memory_utilization: must be between 0"));
        assertTrue(assertThrows(InvalidConfigException.class, () -> read(Map.of("dtype", "int4"))).getMessage()
                .startsWith("launch.dtype: unknown dtype 'int4'"));
        assertTrue(assertThrows(InvalidConfigException.class, () -> read(Map.of("restart",
                Map.of("initial_backoff", "10s", "max_backoff", "1s")))).getMessage()
                .startsWith("launch.restart.max_backoff: is shorter"));
    }
}
