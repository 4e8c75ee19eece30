package io.logicminer.solver.openai;

import io.logicminer.spi.chat.ChatChoice;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.chat.ChatModelException;
import io.logicminer.spi.chat.ChatModelException.Reason;
import io.logicminer.spi.chat.ChatRequest;
import io.logicminer.spi.chat.ChatResponse;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A chat model behind an OpenAI-compatible {@code /chat/completions} endpoint (vLLM, SGLang, Ollama, hosted
 * APIs), on OkHttp.
 *
 * <p>Every request is bounded by its {@link ChatRequest#deadline()}: OkHttp's call timeout, set to the time left,
 * cancels the whole call (connect, send, every read of the body) when it passes, whether or not a token is
 * arriving. Streaming requests then return what arrived so far, with finish reason {@link ChatChoice#DEADLINE}
 * ({@link ChatChoice#DISCONNECTED} when the stream broke off before the deadline); with nothing arrived the call
 * fails with {@link ChatModelException.Reason#DEADLINE}. A 429, a 5xx or an I/O error is retried with exponential
 * backoff (or the server's Retry-After) only while the retry can still finish before the deadline; any other
 * status fails at once with the server's message.
 */
final class OpenAiChatModel implements ChatModel {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final String name;
    private final OpenAiSettings settings;
    private final Clock clock;
    private final OkHttpClient client;
    private final okhttp3.HttpUrl endpoint;

    OpenAiChatModel(String name, OpenAiSettings settings, Clock clock) {
        this.name = name;
        this.settings = settings;
        this.clock = clock;
        this.client = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .retryOnConnectionFailure(false)
                .build();
        this.endpoint = settings.baseUrl().newBuilder().addPathSegments("chat/completions").build();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String describe() {
        return "openai model " + settings.model() + " at " + settings.baseUrl() + " (api_key "
                + settings.maskedApiKey() + ")";
    }

    @Override
    public String toString() {
        return "OpenAiChatModel[" + name + ": " + describe() + "]";
    }

    @Override
    public ChatResponse complete(ChatRequest chat) {
        boolean stream = settings.stream();
        RequestBody body = RequestBody.create(ChatCompletionJson.requestBody(settings, chat, stream), JSON);
        Request.Builder builder = new Request.Builder().url(endpoint).post(body)
                .header("Accept", stream ? "text/event-stream" : "application/json");
        if (!settings.apiKey().isEmpty()) {
            builder.header("Authorization", "Bearer " + settings.apiKey());
        }
        Request request = builder.build();
        Instant deadline = chat.deadline();
        Duration backoff = settings.retryBackoff();
        String lastProblem = null;
        for (int attempt = 0; ; attempt++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ChatModelException(Reason.INTERRUPTED, "request to " + endpoint + " was interrupted");
            }
            Duration left = deadline == null ? null : Duration.between(clock.instant(), deadline);
            if (left != null && (left.isNegative() || left.isZero())) {
                throw new ChatModelException(Reason.DEADLINE, "deadline passed before " + endpoint + " answered"
                        + (lastProblem == null ? "" : " (last problem: " + lastProblem + ")"));
            }
            Call call = client.newCall(request);
            if (left != null) {
                call.timeout().timeout(left.toMillis() + 1, TimeUnit.MILLISECONDS);
            }
            Duration wait;
            try (Response response = call.execute()) {
                if (response.isSuccessful()) {
                    return stream ? readStream(response, deadline) : readWhole(response);
                }
                int code = response.code();
                String message = ChatCompletionJson.errorMessage(bodyText(response));
                lastProblem = "HTTP " + code + ": " + message;
                if (!(code == 429 || code >= 500) || attempt >= settings.maxRetries()) {
                    throw new ChatModelException(Reason.HTTP_STATUS, code, httpProblem(code, message), null);
                }
                wait = retryAfter(response).orElse(jitter(backoff));
            } catch (InterruptedIOException e) {
                if (deadlinePassed(deadline)) {
                    throw new ChatModelException(Reason.DEADLINE, -1, "deadline passed while waiting for "
                            + endpoint, e);
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new ChatModelException(Reason.INTERRUPTED, -1, "request to " + endpoint
                            + " was interrupted", e);
                }
                lastProblem = "timed out: " + e.getMessage();
                if (attempt >= settings.maxRetries()) {
                    throw new ChatModelException(Reason.IO, -1, "no answer from " + endpoint + " within read_timeout "
                            + settings.readTimeout().toMillis() + " ms", e);
                }
                wait = jitter(backoff);
            } catch (IOException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new ChatModelException(Reason.INTERRUPTED, -1, "request to " + endpoint
                            + " was interrupted", e);
                }
                lastProblem = e.getClass().getSimpleName() + ": " + e.getMessage();
                if (attempt >= settings.maxRetries()) {
                    throw new ChatModelException(Reason.IO, -1, "cannot reach " + endpoint + " (" + lastProblem
                            + "); is the server running at base_url?", e);
                }
                wait = jitter(backoff);
            }
            if (deadline != null && clock.instant().plus(wait).isAfter(deadline)) {
                throw new ChatModelException(Reason.DEADLINE, "no time left to retry " + endpoint + " before the "
                        + "deadline (last problem: " + lastProblem + ")");
            }
            sleep(wait);
            backoff = backoff.multipliedBy(2);
        }
    }

    private ChatResponse readWhole(Response response) throws IOException {
        return ChatCompletionJson.response(bodyText(response), settings.model());
    }

    private ChatResponse readStream(Response response, Instant deadline) throws IOException {
        SseChatStream events = new SseChatStream(settings.model());
        ResponseBody body = response.body();
        if (body == null) {
            throw new ChatModelException(Reason.MALFORMED_RESPONSE, "empty streamed reply from " + endpoint);
        }
        try {
            events.readAll(body.source());
        } catch (IOException e) {
            // The call timeout fires at the deadline even while no token arrives; an interrupt (the pipeline giving
            // up) or a broken stream ends the read too. Whatever text arrived is kept.
            boolean atDeadline = deadlinePassed(deadline) || Thread.currentThread().isInterrupted();
            if (events.hasText()) {
                return events.partial(atDeadline ? ChatChoice.DEADLINE : ChatChoice.DISCONNECTED);
            }
            if (atDeadline) {
                throw new ChatModelException(Reason.DEADLINE, -1, "the deadline passed before " + endpoint
                        + " streamed any text", e);
            }
            throw e;
        }
        if (events.isDone()) {
            return events.complete();
        }
        if (!events.hasText()) {
            throw new ChatModelException(Reason.MALFORMED_RESPONSE, "the stream from " + endpoint
                    + " ended before any text or [DONE]");
        }
        return events.partial(deadlinePassed(deadline) ? ChatChoice.DEADLINE : ChatChoice.DISCONNECTED);
    }

    private boolean deadlinePassed(Instant deadline) {
        return deadline != null && !clock.instant().isBefore(deadline);
    }

    private String httpProblem(int code, String message) {
        String hint = switch (code) {
            case 401, 403 -> "; check api_key";
            case 404 -> message.contains("does not exist") || message.contains("model")
                    ? "; check model = \"" + settings.model() + "\" against the server's /v1/models"
                    : "; check base_url (requests go to " + endpoint + ")";
            case 400 -> message.contains("does not exist")
                    ? "; check model = \"" + settings.model() + "\" against the server's /v1/models" : "";
            default -> "";
        };
        return "HTTP " + code + " from " + endpoint + ": " + message + hint;
    }

    private static String bodyText(Response response) throws IOException {
        ResponseBody body = response.body();
        return body == null ? "" : body.string();
    }

    private static java.util.Optional<Duration> retryAfter(Response response) {
        String header = response.header("Retry-After");
        if (header == null) {
            return java.util.Optional.empty();
        }
        try {
            double seconds = Double.parseDouble(header.strip());
            return seconds >= 0 ? java.util.Optional.of(Duration.ofMillis((long) (seconds * 1000)))
                    : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty(); // HTTP-date form: use our own backoff
        }
    }

    private static Duration jitter(Duration backoff) {
        long millis = backoff.toMillis();
        return Duration.ofMillis(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChatModelException(Reason.INTERRUPTED, -1, "interrupted while backing off", e);
        }
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
