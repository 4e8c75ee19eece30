package io.logicminer.app.launch;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.logicminer.spi.InvalidConfigException;
import io.logicminer.spi.launch.LaunchPlan;
import io.logicminer.spi.launch.ModelSpec;
import io.logicminer.spi.launch.WeightDtype;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LaunchedModelCheckTest {

    private static final LaunchPlan PLAN = new LaunchPlan("qwen2", new ModelSpec("Org/M", 1_000_000_000L, 2, 2, 2, 64,
            128, 1000, false, 2048, WeightDtype.BFLOAT16, false, List.of(), ""), List.of(), List.of(),
            Optional.empty(), Optional.empty(), WeightDtype.BFLOAT16, 0, 0, List.of(), Map.of(), List.of(), List.of(),
            List.of(), "http://127.0.0.1:8123/v1", "qwen2", "");

    /** The effective config as mine builds it: launch overrides on miner.llm_client, models.default from it. */
    private static Config effective(String userConfig) {
        return ConfigFactory.parseString("""
                        miner.llm_client { base_url = "http://127.0.0.1:8123/v1", model = qwen2, api_key = "" }
                        """)
                .withFallback(ConfigFactory.parseString(userConfig))
                .withFallback(ConfigFactory.parseString("models.default = ${miner.llm_client} { type = openai }"))
                .resolve();
    }

    private static String failure(String userConfig) {
        return assertThrows(InvalidConfigException.class,
                () -> LaunchedModelCheck.requireDefaultModelUses(effective(userConfig), PLAN)).getMessage();
    }

    @Test
    void theDefaultModelFollowingMinerLlmClientPasses() {
        assertDoesNotThrow(() -> LaunchedModelCheck.requireDefaultModelUses(effective(""), PLAN));
        assertDoesNotThrow(() -> LaunchedModelCheck.requireDefaultModelUses(ConfigFactory.empty(), PLAN),
                "no models.default: no chat-model plugin, nothing to check");
    }

    @Test
    void anEndpointPoolWithoutTheLaunchedServerIsAConfigErrorNamingTheKey() {
        String message = failure("models.default.endpoints = [{ base_url = \"http://10.0.0.11:8000/v1\" }]");
        assertTrue(message.startsWith("models.default.endpoints: the chat model 'default' uses this endpoint pool,"
                + " which does not include the server launch.profile = qwen2 starts at http://127.0.0.1:8123/v1"),
                message);
        assertTrue(message.contains("add { base_url = \"http://127.0.0.1:8123/v1\" }"), message);
        String inherited = failure("miner.llm_client.endpoints = [{ base_url = \"http://10.0.0.11:8000/v1\" }]");
        assertTrue(inherited.startsWith("miner.llm_client.endpoints: "), inherited);
        assertDoesNotThrow(() -> LaunchedModelCheck.requireDefaultModelUses(effective(
                "models.default.endpoints = [{ base_url = \"http://10.0.0.11:8000/v1\" },"
                        + " { base_url = \"http://127.0.0.1:8123/v1/\" }]"), PLAN), "a pool holding the server uses it");
    }

    @Test
    void anExplicitBaseUrlOrModelElsewhereIsAConfigErrorNamingTheKey() {
        String message = failure("models.default.base_url = \"http://gpu-box:8000/v1\"");
        assertTrue(message.startsWith("models.default.base_url: is http://gpu-box:8000/v1, not the server"
                + " launch.profile = qwen2 starts at http://127.0.0.1:8123/v1; remove models.default.base_url"), message);
        String model = failure("models.default.model = \"Qwen/Qwen2-7B-Instruct\"");
        assertTrue(model.startsWith("models.default.model: is Qwen/Qwen2-7B-Instruct, but the server launch.profile ="
                + " qwen2 starts at http://127.0.0.1:8123/v1 serves it as 'qwen2'"), model);
    }
}
