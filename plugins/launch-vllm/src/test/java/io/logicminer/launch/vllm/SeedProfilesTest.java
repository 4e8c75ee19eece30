package io.logicminer.launch.vllm;

import io.logicminer.spi.launch.LaunchProfile;
import io.logicminer.spi.launch.ModelSpec;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed's table, and the internal consistency of each profile's config.json facts. */
class SeedProfilesTest {

    private static final List<LaunchProfile> PROFILES = List.of(new SeedProfiles.Qwen2SevenBInstruct(),
            new SeedProfiles.Mistral7BInstruct(), new SeedProfiles.Qwen7BChat(),
            new SeedProfiles.Baichuan2ThirteenBChat(), new SeedProfiles.Llama2ThirteenBChat(),
            new SeedProfiles.Falcon40B(), new SeedProfiles.Mixtral8x7BInstruct());

    @Test
    void everyModelOfTheSeedsTableHasAProfile() {
        assertEquals(Set.of("Qwen/Qwen2-7B-Instruct", "mistralai/Mistral-7B-Instruct-v0.1", "Qwen/Qwen-7B-Chat",
                "baichuan-inc/Baichuan2-13B-Chat", "meta-llama/Llama-2-13b-chat-hf", "tiiuae/falcon-40b",
                "mistralai/Mixtral-8x7B-Instruct-v0.1"),
                PROFILES.stream().map(p -> p.model().modelId()).collect(Collectors.toSet()));
        assertEquals(7, new HashSet<>(PROFILES.stream().map(LaunchProfile::name).toList()).size());
    }

    @Test
    void onlyTheCheckpointsWithTheirOwnCodeTrustRemoteCode() {
        Map<String, Boolean> trust = PROFILES.stream().collect(Collectors.toMap(p -> p.model().modelId(),
                p -> p.model().trustRemoteCode()));
        assertEquals(Set.of("Qwen/Qwen-7B-Chat", "baichuan-inc/Baichuan2-13B-Chat"), trust.entrySet().stream()
                .filter(Map.Entry::getValue).map(Map.Entry::getKey).collect(Collectors.toSet()));
    }

    @Test
    void headsTimesHeadDimIsTheHiddenSizeAndEveryProfileOffersFp8() {
        for (LaunchProfile profile : PROFILES) {
            ModelSpec m = profile.model();
            assertEquals(m.hiddenSize(), m.attentionHeads() * m.headDim(), m.modelId());
            assertTrue(m.quantizedVariants().stream().anyMatch(v -> v.method().equals("fp8")
                    && v.modelId().equals(m.modelId())), m.modelId());
        }
    }

    @Test
    void theLlamaProfileSaysTheSeedListedTheBaseModel() {
        assertTrue(new SeedProfiles.Llama2ThirteenBChat().model().note().contains("base model Llama-2-13b-hf"));
    }
}
