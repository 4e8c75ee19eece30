package io.logicminer.core.config;

import io.logicminer.config.ConfigOrigins;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConfigOverridesTest {

    @Test
    void splitsOverridesFromCliOptions() {
        ConfigOverrides overrides = ConfigOverrides.parse(new String[] {
                "solve", "--netuid", "35", "--in", "q.jsonl", "--logging.debug", "--progress",
                "--miner.llm_client.model=Qwen/Qwen2-7B-Instruct", "--axon.port", "8091", "QUESTION"},
                Set.of("--in", "--progress"), Set.of("--progress"));
        assertEquals(Map.of("netuid", "35", "logging.debug", "true",
                "miner.llm_client.model", "Qwen/Qwen2-7B-Instruct", "axon.port", "8091"), overrides.values());
        assertEquals(List.of("solve", "--in", "q.jsonl", "--progress", "QUESTION"),
                List.of(overrides.remainingArgs()));
    }

    @Test
    void aTrailingFlagIsTrueAndDoubleDashEndsOptions() {
        ConfigOverrides overrides = ConfigOverrides.parse(new String[] {"--logging.debug", "--", "--not.a.key"},
                Set.of(), Set.of());
        assertEquals(Map.of("logging.debug", "true"), overrides.values());
        assertEquals(List.of("--", "--not.a.key"), List.of(overrides.remainingArgs()));
    }

    @Test
    void theReferenceMinersSwitchesTakeNoValueUnlessItIsTrueOrFalse() {
        ConfigOverrides beforeCommand = ConfigOverrides.parse(new String[] {"--logging.debug", "mine"},
                Set.of(), Set.of());
        assertEquals(Map.of("logging.debug", "true"), beforeCommand.values());
        assertEquals(List.of("mine"), List.of(beforeCommand.remainingArgs()));
        assertEquals(Map.of("logging.debug", "false"),
                ConfigOverrides.parse(new String[] {"--logging.debug", "false"}, Set.of(), Set.of()).values());
        assertEquals(Map.of("miner.solver", "mine"),
                ConfigOverrides.parse(new String[] {"--miner.solver", "mine"}, Set.of(), Set.of()).values());
    }

    @Test
    void asConfigKeepsTheOrigin() {
        var config = ConfigOverrides.parse(new String[] {"--miner.epoch_volume", "50"}, Set.of(), Set.of()).asConfig();
        assertEquals(50, config.getInt("miner.epoch_volume"));
        assertEquals("command line --miner.epoch_volume",
                ConfigOrigins.describe(config.getValue("miner.epoch_volume")));
    }
}
