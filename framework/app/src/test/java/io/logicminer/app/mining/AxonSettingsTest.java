package io.logicminer.app.mining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import io.logicminer.bittensor.axon.AxonConfig;
import io.logicminer.config.TypesafeComponentConfig;
import io.logicminer.spi.InvalidConfigException;
import io.logicminer.spi.Solution;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AxonSettingsTest {

    private static AxonConfig read(String hocon) {
        return AxonSettings.read(new TypesafeComponentConfig(ConfigFactory.parseString(hocon), ""));
    }

    @Test
    void readsEveryKeyWithTheProtocolDefaultsForTheRest() {
        AxonConfig config = read("axon { port = 0, max_question_bytes = 4096, min_solve_budget = 500ms,"
            + " nonces_per_hotkey = 8, information_rate = 2.5 }\nminer { epoch_volume = 64, limit_interval = 300 }");
        assertEquals(0, config.port());
        assertEquals(4096, config.maxQuestionBytes());
        assertEquals(Duration.ofMillis(500), config.minSolveBudget());
        assertEquals(8, config.noncesPerHotkey());
        assertEquals(2.5, config.informationRate());
        assertEquals(64, config.policy().epochVolume());
        assertEquals(Duration.ofSeconds(300), config.policy().limitInterval());
        assertEquals(AxonConfig.builder().build().maxConcurrent(), config.maxConcurrent());
    }

    @Test
    void aBadValueIsReportedAtItsOwnKey() {
        assertKey("axon.max_concurrent", "axon { max_concurrent = 0 }");
        assertKey("axon.queue_capacity", "axon { queue_capacity = -1 }");
        assertKey("axon.header_timeout", "axon { header_timeout = 0s }");
        assertKey("axon.information_burst", "axon { information_burst = 0 }");
        assertKey("miner.min_stake", "miner { min_stake = -5 }");
        assertKey("miner.max_volume_per_validator", "miner { min_volume_per_validator = 9,"
            + " max_volume_per_validator = 3 }");
    }

    private static void assertKey(String key, String hocon) {
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> read(hocon));
        assertEquals(key, e.path(), e.getMessage());
        assertTrue(e.getMessage().startsWith(key + ": must"), e.getMessage());
    }

    @Test
    void solutionsMapToTheAxonsOutcomeLabels() {
        assertEquals("answered", MinerNode.outcome(Solution.answered("math", "r", "4"), "math"));
        assertEquals("fallback", MinerNode.outcome(Solution.answered("direct", "r", "4"), "math"));
        assertEquals("declined", MinerNode.outcome(Solution.declined("math", "no"), "math"));
        assertEquals("partial", MinerNode.outcome(Solution.timedOut("direct", "half of it", "late"), "math"));
        assertEquals("timed_out", MinerNode.outcome(Solution.timedOut("direct", "", "late"), "math"));
        assertEquals("failed", MinerNode.outcome(Solution.failed("direct", "LLM down"), "math"));
    }
}
