package io.logicminer.solver.openai;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

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

    /** The longest probe reply read: a model list is a few KiB; anything far longer is not one. */
    static final long MAX_REPLY_BYTES = 1024 * 1024;
    /** How many served model ids an endpoint's last error lists. */
    static final int MAX_LISTED = 10;

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
            if (response.isSuccessful() && probe == HealthProbe.HEALTH) {
                return Optional.empty(); // the status is the answer; the body is not read
            }
            ResponseBody body = response.body();
            Optional<String> text = body == null ? Optional.of("") : boundedText(body);
            if (text.isEmpty()) {
                return Optional.of(asked + ": HTTP " + response.code() + " with a reply over " + MAX_REPLY_BYTES
                        + " bytes; not read");
            }
            if (!response.isSuccessful()) {
                return Optional.of(asked + ": HTTP " + response.code() + (text.get().isBlank() ? ""
                        : ": " + ChatCompletionJson.abbreviate(ChatCompletionJson.errorMessage(text.get()))));
            }
            return servesModel(asked, text.get());
        } catch (IOException e) {
            return Optional.of(asked + ": " + e.getClass().getSimpleName() + ": "
                    + ChatCompletionJson.abbreviate(String.valueOf(e.getMessage())));
        }
    }

    /** The whole reply as text, or empty when it is longer than {@link #MAX_REPLY_BYTES}. */
    private static Optional<String> boundedText(ResponseBody body) throws IOException {
        BufferedSource source = body.source();
        if (source.request(MAX_REPLY_BYTES + 1)) {
            return Optional.empty();
        }
        return Optional.of(source.readUtf8());
    }

    /** The OpenAI list-models reply: {@code {"object":"list","data":[{"id":"Qwen/Qwen2-7B-Instruct",...}]}}. */
    private Optional<String> servesModel(String asked, String text) {
        List<String> served = new ArrayList<>();
        try {
            JsonNode data = ChatCompletionJson.JSON.readTree(text).path("data");
            data.forEach(entry -> served.add(entry.path("id").asText()));
        } catch (IOException e) {
            return Optional.of(asked + ": not a model list: "
                    + ChatCompletionJson.abbreviate(String.valueOf(e.getMessage())));
        }
        if (!served.contains(model)) {
            return Optional.of(asked + ": serves " + listed(served) + ", not model \"" + model + "\"");
        }
        return Optional.empty();
    }

    /** The first {@link #MAX_LISTED} served ids, and how many there are in all when there are more. */
    private static String listed(List<String> served) {
        if (served.size() <= MAX_LISTED) {
            return ChatCompletionJson.abbreviate(served.toString());
        }
        return ChatCompletionJson.abbreviate(served.subList(0, MAX_LISTED).toString()) + " ... (" + served.size()
                + " in all)";
    }
}
