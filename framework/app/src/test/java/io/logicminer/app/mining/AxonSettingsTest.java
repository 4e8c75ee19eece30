package io.logicminer.app.mining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import io.logicminer.bittensor.axon.AxonConfig;
import io.logicminer.bittensor.policy.MinerPolicy;
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
    void thePolicyPresetSetsStakeClampAndWindowWhenTheKeysAreUnset() {
        AxonConfig current = read("");
        assertEquals(MinerPolicy.DEFAULTS, current.policy(), "no miner.policy: the current release");
        assertEquals(80, current.policy().maxPerValidator());
        AxonConfig old = read("miner { policy = logicnet-2024-08 }");
        assertEquals(10_000, old.policy().minStake());
        assertEquals(2, old.policy().minPerValidator());
        assertEquals(Integer.MAX_VALUE, old.policy().maxPerValidator(), "August 2024 had no MAX_RATE_LIMIT");
        assertEquals(Duration.ofSeconds(600), old.policy().limitInterval());
        assertEquals(50, old.policy().epochVolume(), "the epoch volume is the miner's own, not the preset's");
        assertTrue(old.policy().requireValidatorPermit(), "our permit check stays on under both presets");
    }

    @Test
    void explicitKeysWinOverThePreset() {
        for (String preset : new String[] {"logicnet-2025-05", "logicnet-2024-08"}) {
            MinerPolicy policy = read("miner { policy = " + preset + ", min_stake = 500, max_volume_per_validator"
                + " = 12, min_volume_per_validator = 3, limit_interval = 120, epoch_volume = 512,"
                + " require_validator_permit = false }").policy();
            assertEquals(new MinerPolicy(500, false, 512, Duration.ofSeconds(120), 3, 12, "Logic"), policy, preset);
        }
        // One key set, the rest from the preset.
        MinerPolicy capped = read("miner { policy = logicnet-2024-08, max_volume_per_validator = 80 }").policy();
        assertEquals(MinerPolicy.DEFAULTS, capped, "2024-08 plus the 2025 ceiling is the 2025 policy");
    }

    @Test
    void anUnknownPresetNamesTheKeyAndTheChoices() {
        InvalidConfigException e = assertThrows(InvalidConfigException.class,
            () -> read("miner { policy = logicnet-2023 }"));
        assertEquals("miner.policy", e.path(), e.getMessage());
        assertTrue(e.getMessage().contains("'logicnet-2023'"), e.getMessage());
        assertTrue(e.getMessage().contains("logicnet-2025-05, logicnet-2024-08"), e.getMessage());
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
