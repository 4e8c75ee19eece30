package io.logicminer.core.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code logicminer config} never prints a secret, also not inside a list of sections. */
class EffectiveConfigPrinterTest {

    @Test
    void secretsAreMaskedAsLeavesAndInsideListsOfSections() {
        Config config = ConfigFactory.parseString("""
                miner.llm_client.api_key = "sk-live-abcdef123456"
                models.pool {
                  type = openai
                  endpoints = [
                    { base_url = "http://10.0.0.11:8000/v1", api_key = "sk-endpoint-a-99998888" }
                    { base_url = "http://10.0.0.12:8000/v1", nested { auth_token = "tok-0123456789" } }
                  ]
                  stop = ["a", "b"]
                }
                """);
        List<String> lines = EffectiveConfigPrinter.lines(config);
        String all = String.join("\n", lines);
        assertFalse(all.contains("sk-live") || all.contains("sk-endpoint-a") || all.contains("tok-01"), all);
        assertTrue(all.contains("miner.llm_client.api_key = \"****3456\""), all);
        String endpoints = lines.stream().filter(l -> l.startsWith("models.pool.endpoints = ")).findFirst()
                .orElseThrow();
        assertTrue(endpoints.contains("\"api_key\":\"****8888\"") && endpoints.contains("http://10.0.0.11:8000/v1")
                && endpoints.contains("\"auth_token\":\"****6789\""), endpoints);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("models.pool.stop = [\"a\",\"b\"]")), all);
        assertEquals(4, lines.size(), all);
    }
}
