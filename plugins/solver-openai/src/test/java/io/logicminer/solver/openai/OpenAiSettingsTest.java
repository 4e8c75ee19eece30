package io.logicminer.solver.openai;

import io.logicminer.spi.InvalidConfigException;
import io.logicminer.testkit.MapComponentConfig;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading an {@code openai} section: one base_url or a list of endpoints, and the probe settings. */
class OpenAiSettingsTest {

    private static MapComponentConfig section(Object... keysAndValues) {
        return MapComponentConfig.of("models.pool", keysAndValues).with("model", "Qwen/Qwen2-7B-Instruct");
    }

    @Test
    void aSingleBaseUrlIsAPoolOfOne() {
        OpenAiSettings settings = OpenAiSettings.from(section("base_url", "http://gpu:8000/v1", "api_key", "k"));
        assertEquals(List.of(new EndpointSettings(HttpUrl.get("http://gpu:8000/v1"), "k")), settings.endpoints());
        assertEquals(HealthProbe.MODELS, settings.probe());
    }

    @Test
    void endpointsWinOverTheDefaultBaseUrlAndTakeTheSectionsKeyUnlessTheyHaveTheirOwn() {
        OpenAiSettings settings = OpenAiSettings.from(section("base_url", "http://localhost:8000/v1",
                "api_key", "shared", "endpoints", List.of(Map.of("base_url", "http://a:8000/v1", "api_key", "own"),
                        Map.of("base_url", "http://b:8000/v1")), "probe", "health", "probe_backoff", "2s"));
        assertEquals(List.of(new EndpointSettings(HttpUrl.get("http://a:8000/v1"), "own"),
                new EndpointSettings(HttpUrl.get("http://b:8000/v1"), "shared")), settings.endpoints());
        assertEquals(HealthProbe.HEALTH, settings.probe());
        assertEquals(java.time.Duration.ofSeconds(2), settings.probeBackoff());
        assertFalse(settings.toString().contains("own") || settings.toString().contains("shared"),
                settings.toString());
    }

    @Test
    void badEndpointsAreNamedByIndex() {
        InvalidConfigException missing = assertThrows(InvalidConfigException.class, () -> OpenAiSettings.from(
                section("endpoints", List.of(Map.of("base_url", "http://a/v1"), Map.of("api_key", "k")))));
        assertEquals("models.pool.endpoints[1].base_url", missing.path());
        InvalidConfigException bad = assertThrows(InvalidConfigException.class, () -> OpenAiSettings.from(
                section("endpoints", List.of(Map.of("base_url", "gpu-box:8000")))));
        assertEquals("models.pool.endpoints[0].base_url", bad.path());
        assertTrue(bad.getMessage().contains("'gpu-box:8000' is not an http(s) URL"), bad.getMessage());
        InvalidConfigException twice = assertThrows(InvalidConfigException.class, () -> OpenAiSettings.from(
                section("endpoints", List.of(Map.of("base_url", "http://a/v1"), Map.of("base_url", "http://a/v1")))));
        assertEquals("models.pool.endpoints[1].base_url", twice.path());
        assertTrue(twice.getMessage().contains("listed twice"), twice.getMessage());
        InvalidConfigException empty = assertThrows(InvalidConfigException.class,
                () -> OpenAiSettings.from(section("endpoints", List.of())));
        assertEquals("models.pool.endpoints", empty.path());
        InvalidConfigException strings = assertThrows(InvalidConfigException.class,
                () -> OpenAiSettings.from(section("endpoints", List.of("http://a/v1"))));
        assertEquals("models.pool.endpoints[0]", strings.path());
        InvalidConfigException probe = assertThrows(InvalidConfigException.class,
                () -> OpenAiSettings.from(section("base_url", "http://a/v1", "probe", "ping")));
        assertTrue(probe.getMessage().contains("models, health"), probe.getMessage());
        InvalidConfigException backoff = assertThrows(InvalidConfigException.class, () -> OpenAiSettings.from(
                section("base_url", "http://a/v1", "probe_backoff", "1m", "probe_max_backoff", "10s")));
        assertEquals("models.pool.probe_max_backoff", backoff.path());
    }

    @Test
    void theHealthProbeAsksTheServerRootAndTheModelsProbeTheApi() {
        assertEquals("http://gpu:8000/health", HealthProbe.HEALTH.url(HttpUrl.get("http://gpu:8000/v1")).toString());
        assertEquals("http://gpu:8000/health", HealthProbe.HEALTH.url(HttpUrl.get("http://gpu:8000/v1/")).toString());
        assertEquals("http://h/proxy/health", HealthProbe.HEALTH.url(HttpUrl.get("http://h/proxy/v1")).toString());
        assertEquals("http://gpu:8000/health", HealthProbe.HEALTH.url(HttpUrl.get("http://gpu:8000")).toString());
        assertEquals("http://gpu:8000/v1/models", HealthProbe.MODELS.url(HttpUrl.get("http://gpu:8000/v1"))
                .toString());
    }

    @Test
    void anApiKeyThatCannotGoInAHeaderIsAConfigErrorThatDoesNotEchoTheKey() {
        InvalidConfigException pasted = assertThrows(InvalidConfigException.class, () -> OpenAiSettings.from(
                section("base_url", "http://gpu:8000/v1", "api_key", "sk-secret-0123\n")));
        assertEquals("models.pool.api_key", pasted.path());
        assertTrue(pasted.getMessage().contains("character 15 of 15"), pasted.getMessage());
        assertFalse(pasted.getMessage().contains("sk-secret"), pasted.getMessage());
        InvalidConfigException own = assertThrows(InvalidConfigException.class, () -> OpenAiSettings.from(
                section("endpoints", List.of(Map.of("base_url", "http://a/v1"),
                        Map.of("base_url", "http://b/v1", "api_key", "sk-\u00e9t\u00e9")))));
        assertEquals("models.pool.endpoints[1].api_key", own.path());
        assertFalse(own.getMessage().contains("sk-"), own.getMessage());
    }

    @Test
    void aBaseUrlWithUserInfoIsRefusedWithoutEchoingIt() {
        InvalidConfigException single = assertThrows(InvalidConfigException.class, () -> OpenAiSettings.from(
                section("base_url", "http://admin:hunter2@gpu:8000/v1")));
        assertEquals("models.pool.base_url", single.path());
        assertTrue(single.getMessage().contains("put the key in api_key"), single.getMessage());
        assertTrue(single.getMessage().contains("as http://gpu:8000/v1 does"), single.getMessage());
        assertFalse(single.getMessage().contains("hunter2") || single.getMessage().contains("admin"),
                single.getMessage());
        InvalidConfigException listed = assertThrows(InvalidConfigException.class, () -> OpenAiSettings.from(
                section("endpoints", List.of(Map.of("base_url", "http://a/v1"),
                        Map.of("base_url", "http://sk-token@b/v1")))));
        assertEquals("models.pool.endpoints[1].base_url", listed.path());
        assertFalse(listed.getMessage().contains("sk-token"), listed.getMessage());
    }
}
