package io.logicminer.solver.openai;

import okhttp3.HttpUrl;

/**
 * One server of an {@code openai} model's endpoint pool, as configured.
 *
 * @param baseUrl the API root, e.g. {@code http://10.0.0.11:8000/v1}; requests go to {@code <base_url>/chat/completions}
 * @param apiKey  sent as {@code Authorization: Bearer <api_key>} when not empty; never printed
 */
public record EndpointSettings(HttpUrl baseUrl, String apiKey) {

    /** {@code ****abcd} or {@code (none)}. */
    public String maskedApiKey() {
        if (apiKey.isEmpty()) {
            return "(none)";
        }
        return apiKey.length() <= 8 ? "****" : "****" + apiKey.substring(apiKey.length() - 4);
    }

    /** The base URL without user info: the endpoint's name in logs, errors and metric labels. */
    public String label() {
        return baseUrl.newBuilder().username("").password("").build().toString();
    }

    @Override
    public String toString() {
        return label() + " (api_key " + maskedApiKey() + ")";
    }
}
