package io.logicminer.solver.openai;

import okhttp3.HttpUrl;

import java.util.List;

/**
 * How an unhealthy endpoint of a pool is probed before it gets requests again ({@code probe} in the model's
 * section).
 */
enum HealthProbe {

    /**
     * {@code GET <base_url>/models} with the API key: any OpenAI-compatible server answers it, and the probe also
     * checks that the configured model is among those served, so an endpoint serving another model stays out.
     */
    MODELS,

    /**
     * vLLM's {@code GET /health} at the server's root ({@code base_url} without its trailing {@code /v1}), not
     * behind the API key: 200 while the engine runs, 503 once it died. It does not check the served model.
     */
    HEALTH;

    /** The URL probed for an endpoint at {@code baseUrl}. */
    HttpUrl url(HttpUrl baseUrl) {
        if (this == MODELS) {
            return baseUrl.newBuilder().addPathSegment("models").build();
        }
        List<String> segments = new java.util.ArrayList<>(baseUrl.pathSegments());
        segments.removeIf(String::isEmpty);
        if (!segments.isEmpty() && segments.get(segments.size() - 1).equals("v1")) {
            segments.remove(segments.size() - 1);
        }
        HttpUrl.Builder root = baseUrl.newBuilder().encodedPath("/");
        segments.forEach(root::addPathSegment);
        return root.addPathSegment("health").build();
    }
}
