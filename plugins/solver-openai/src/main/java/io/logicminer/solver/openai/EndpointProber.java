package io.logicminer.solver.openai;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Asks an endpoint whether it can take requests again: {@code GET <base_url>/models} (with the API key; the model
 * must be listed) or vLLM's {@code GET /health} (200 while the engine runs), per {@link HealthProbe}.
 */
final class EndpointProber {

    private final OkHttpClient client;
    private final HealthProbe probe;
    private final String model;
    private final Duration timeout;

    EndpointProber(OkHttpClient client, HealthProbe probe, String model, Duration timeout) {
        this.client = client;
        this.probe = probe;
        this.model = model;
        this.timeout = timeout;
    }

    /** Empty when the endpoint is up; else what is wrong with it, for its last error. */
    Optional<String> problem(Endpoint endpoint) {
        Request.Builder builder = new Request.Builder().url(endpoint.probeUrl()).get();
        if (probe == HealthProbe.MODELS) {
            builder.header("Accept", "application/json");
            if (!endpoint.apiKey().isEmpty()) {
                builder.header("Authorization", "Bearer " + endpoint.apiKey());
            }
        }
        Call call = client.newCall(builder.build());
        call.timeout().timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        String asked = "probe GET " + endpoint.probeUrl();
        try (Response response = call.execute()) {
            ResponseBody body = response.body();
            String text = body == null ? "" : body.string();
            if (!response.isSuccessful()) {
                return Optional.of(asked + ": HTTP " + response.code()
                        + (text.isBlank() ? "" : ": " + ChatCompletionJson.errorMessage(text)));
            }
            return probe == HealthProbe.MODELS ? servesModel(asked, text) : Optional.empty();
        } catch (IOException e) {
            return Optional.of(asked + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The OpenAI list-models reply: {@code {"object":"list","data":[{"id":"Qwen/Qwen2-7B-Instruct",...}]}}. */
    private Optional<String> servesModel(String asked, String text) {
        List<String> served = new ArrayList<>();
        try {
            JsonNode data = ChatCompletionJson.JSON.readTree(text).path("data");
            data.forEach(entry -> served.add(entry.path("id").asText()));
        } catch (IOException e) {
            return Optional.of(asked + ": not a model list: " + e.getMessage());
        }
        if (!served.contains(model)) {
            return Optional.of(asked + ": serves " + served + ", not model \"" + model + "\"");
        }
        return Optional.empty();
    }
}
