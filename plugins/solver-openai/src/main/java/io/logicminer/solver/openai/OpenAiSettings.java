package io.logicminer.solver.openai;

import io.logicminer.spi.ComponentConfig;
import okhttp3.HttpUrl;

import java.time.Duration;
import java.util.List;

/**
 * The settings of one OpenAI-compatible chat model, read and checked from its config section.
 *
 * @param baseUrl the API root, e.g. {@code http://localhost:8000/v1}; requests go to {@code <base_url>/chat/completions}
 * @param model the served model name sent as {@code model}
 * @param apiKey sent as {@code Authorization: Bearer <api_key>} when not empty; never printed
 * @param temperature default sampling temperature, or null for the server's
 * @param topP default nucleus sampling, or null for the server's
 * @param maxTokens default completion limit, or null for the server's
 * @param stop default stop sequences
 * @param stream whether to stream (SSE): lets a request stop at its deadline and keep what arrived
 * @param connectTimeout TCP connect timeout
 * @param readTimeout longest silence between bytes
 * @param maxRetries retries after a 429, a 5xx or an I/O error, while the deadline allows
 * @param retryBackoff first backoff; doubles per retry, with jitter; a Retry-After header wins
 */
public record OpenAiSettings(HttpUrl baseUrl, String model, String apiKey, Double temperature, Double topP,
                             Integer maxTokens, List<String> stop, boolean stream, Duration connectTimeout,
                             Duration readTimeout, int maxRetries, Duration retryBackoff) {

    /** Reads a {@code models.<name>} section; every problem names its key. */
    public static OpenAiSettings from(ComponentConfig config) {
        String base = config.getString("base_url");
        HttpUrl url = HttpUrl.parse(base.strip());
        if (url == null) {
            throw config.invalid("base_url", "'" + base + "' is not an http(s) URL; e.g. http://localhost:8000/v1");
        }
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
        return new OpenAiSettings(url, model, config.getString("api_key", ""), temperature, topP, maxTokens,
                config.getStringList("stop", List.of()), config.getBoolean("stream", true), connect, read, retries,
                backoff);
    }

    private static Duration positive(ComponentConfig config, String key, Duration fallback) {
        Duration value = config.getDuration(key, fallback);
        if (value.isNegative() || value.isZero()) {
            throw config.invalid(key, "must be a positive duration, got " + value);
        }
        return value;
    }

    /** {@code ****abcd} or {@code (none)}. */
    public String maskedApiKey() {
        if (apiKey.isEmpty()) {
            return "(none)";
        }
        return apiKey.length() <= 8 ? "****" : "****" + apiKey.substring(apiKey.length() - 4);
    }

    @Override
    public String toString() {
        return "OpenAiSettings[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=" + maskedApiKey()
                + ", stream=" + stream + ", maxRetries=" + maxRetries + "]";
    }
}
