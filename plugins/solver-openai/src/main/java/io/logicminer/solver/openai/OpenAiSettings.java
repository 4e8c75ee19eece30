package io.logicminer.solver.openai;

import io.logicminer.spi.ComponentConfig;
import okhttp3.Headers;
import okhttp3.HttpUrl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The settings of one OpenAI-compatible chat model, read and checked from its config section.
 *
 * @param endpoints the servers requests are spread over: {@code endpoints = [ { base_url, api_key }, ... ]}, or the
 *                  single {@code base_url} and {@code api_key} (a pool of one)
 * @param model the served model name sent as {@code model}
 * @param temperature default sampling temperature, or null for the server's
 * @param topP default nucleus sampling, or null for the server's
 * @param maxTokens default completion limit, or null for the server's
 * @param stop default stop sequences
 * @param stream whether to stream (SSE): lets a request stop at its deadline and keep what arrived
 * @param connectTimeout TCP connect timeout
 * @param readTimeout longest silence between bytes
 * @param maxRetries retries after a 429, a 5xx or an I/O error, while the deadline allows
 * @param retryBackoff first backoff; doubles per retry, with jitter; a Retry-After header wins
 * @param probe how an unhealthy endpoint of a pool of several is probed
 * @param probeBackoff wait before the first probe of an endpoint that failed; doubles per failed probe
 * @param probeMaxBackoff the longest wait between probes
 * @param probeTimeout the longest a probe may take
 */
public record OpenAiSettings(List<EndpointSettings> endpoints, String model, Double temperature, Double topP,
                             Integer maxTokens, List<String> stop, boolean stream, Duration connectTimeout,
                             Duration readTimeout, int maxRetries, Duration retryBackoff, HealthProbe probe,
                             Duration probeBackoff, Duration probeMaxBackoff, Duration probeTimeout) {

    public OpenAiSettings {
        endpoints = List.copyOf(endpoints);
        stop = List.copyOf(stop);
    }

    /** Reads a {@code models.<name>} section; every problem names its key. */
    public static OpenAiSettings from(ComponentConfig config) {
        List<EndpointSettings> endpoints = endpoints(config);
        String model = config.getString("model").strip();
        if (model.isEmpty()) {
            throw config.invalid("model", "must name the served model, e.g. Qwen/Qwen2-7B-Instruct");
        }
        Double temperature = config.has("temperature") ? config.getDouble("temperature") : null;
        if (temperature != null && (temperature < 0 || temperature > 2)) {
            throw config.invalid("temperature", "must be between 0 and 2, got " + temperature);
        }
        Double topP = config.has("top_p") ? config.getDouble("top_p") : null;
        if (topP != null && (topP <= 0 || topP > 1)) {
            throw config.invalid("top_p", "must be in (0, 1], got " + topP);
        }
        Integer maxTokens = config.has("max_tokens") ? config.getInt("max_tokens") : null;
        if (maxTokens != null && maxTokens < 1) {
            throw config.invalid("max_tokens", "must be at least 1, got " + maxTokens);
        }
        Duration connect = positive(config, "connect_timeout", Duration.ofSeconds(5));
        Duration read = positive(config, "read_timeout", Duration.ofSeconds(60));
        int retries = config.getInt("max_retries", 2);
        if (retries < 0 || retries > 20) {
            throw config.invalid("max_retries", "must be between 0 and 20, got " + retries);
        }
        Duration backoff = positive(config, "retry_backoff", Duration.ofMillis(200));
        HealthProbe probe = config.getEnum(HealthProbe.class, "probe", HealthProbe.MODELS);
        Duration probeBackoff = positive(config, "probe_backoff", Duration.ofSeconds(1));
        Duration probeMaxBackoff = positive(config, "probe_max_backoff", Duration.ofSeconds(30));
        if (probeMaxBackoff.compareTo(probeBackoff) < 0) {
            throw config.invalid("probe_max_backoff", "must not be shorter than probe_backoff (" + probeBackoff
                    + "), got " + probeMaxBackoff);
        }
        Duration probeTimeout = positive(config, "probe_timeout", Duration.ofSeconds(5));
        return new OpenAiSettings(endpoints, model, temperature, topP, maxTokens,
                config.getStringList("stop", List.of()), config.getBoolean("stream", true), connect, read, retries,
                backoff, probe, probeBackoff, probeMaxBackoff, probeTimeout);
    }

    /**
     * {@code endpoints = [ { base_url = ..., api_key = ... }, ... ]} when set (an element without {@code api_key}
     * takes the section's), else the single {@code base_url}: a pool of one.
     */
    private static List<EndpointSettings> endpoints(ComponentConfig config) {
        String sharedKey = apiKey(config, "");
        List<ComponentConfig> listed = config.getSectionList("endpoints");
        if (listed.isEmpty()) {
            if (config.has("endpoints")) {
                throw config.invalid("endpoints", "is an empty list; list at least one { base_url = ... }, or "
                        + "remove endpoints and set base_url");
            }
            return List.of(new EndpointSettings(url(config), sharedKey));
        }
        List<EndpointSettings> endpoints = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ComponentConfig endpoint : listed) {
            HttpUrl url = url(endpoint);
            if (!seen.add(url.toString())) {
                throw endpoint.invalid("base_url", "'" + url + "' is listed twice in endpoints; list each server once");
            }
            endpoints.add(new EndpointSettings(url, apiKey(endpoint, sharedKey)));
        }
        return endpoints;
    }

    /**
     * The section's {@code api_key} (or {@code fallback}), checked to fit an HTTP header: a pasted key with a line
     * break or a non-ASCII character would otherwise fail every request. The key itself is never echoed.
     */
    private static String apiKey(ComponentConfig config, String fallback) {
        String key = config.getString("api_key", fallback);
        if (!key.isEmpty()) {
            try {
                new Headers.Builder().add("Authorization", "Bearer " + key);
            } catch (IllegalArgumentException e) {
                int at = 0;
                while (at < key.length() && (key.charAt(at) == '\t' || (key.charAt(at) >= 0x20
                        && key.charAt(at) <= 0x7e))) {
                    at++;
                }
                throw config.invalid("api_key", "cannot be sent in an HTTP header: character " + (at + 1) + " of "
                        + key.length() + " is a line break, a control character or not ASCII; copy the key again "
                        + "without the surrounding whitespace or quotes");
            }
        }
        return key;
    }

    private static HttpUrl url(ComponentConfig config) {
        String base = config.getString("base_url");
        HttpUrl url = HttpUrl.parse(base.strip());
        if (url == null) {
            throw config.invalid("base_url", "'" + base + "' is not an http(s) URL; e.g. http://localhost:8000/v1");
        }
        if (!url.encodedUsername().isEmpty() || !url.encodedPassword().isEmpty()) {
            // Not echoed: the user info may be a secret. It would not be sent anyway (OkHttp ignores it).
            throw config.invalid("base_url", "must not carry a user name or password (user:pass@host), as "
                    + url.newBuilder().username("").password("").build() + " does here; remove it and put the key "
                    + "in api_key (sent as Authorization: Bearer <api_key>)");
        }
        return url;
    }

    private static Duration positive(ComponentConfig config, String key, Duration fallback) {
        Duration value = config.getDuration(key, fallback);
        if (value.isNegative() || value.isZero()) {
            throw config.invalid(key, "must be a positive duration, got " + value);
        }
        return value;
    }

    @Override
    public String toString() {
        return "OpenAiSettings[endpoints=" + endpoints + ", model=" + model + ", stream=" + stream + ", maxRetries="
                + maxRetries + ", probe=" + probe + "]";
    }
}
