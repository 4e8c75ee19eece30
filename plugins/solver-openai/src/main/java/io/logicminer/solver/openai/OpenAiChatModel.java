package io.logicminer.solver.openai;

import io.logicminer.spi.chat.ChatChoice;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.chat.ChatModelException;
import io.logicminer.spi.chat.ChatModelException.Reason;
import io.logicminer.spi.chat.ChatRequest;
import io.logicminer.spi.chat.ChatResponse;
import io.logicminer.spi.metrics.Metrics;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A chat model behind one or several OpenAI-compatible {@code /chat/completions} endpoints (vLLM, SGLang, Ollama,
 * hosted APIs), on OkHttp. Several endpoints form an {@link EndpointPool}: least-outstanding-requests routing and
 * health-based failover.
 *
 * <p>Every request is bounded by its {@link ChatRequest#deadline()}: OkHttp's call timeout, set to the time left,
 * cancels the whole call (connect, send, every read of the body) when it passes, whether or not a token is
 * arriving. Streaming requests then return what arrived so far, with finish reason {@link ChatChoice#DEADLINE}
 * ({@link ChatChoice#DISCONNECTED} when the stream broke off before the deadline); with nothing arrived the call
 * fails with {@link ChatModelException.Reason#DEADLINE}.
 *
 * <p>A connection failure, a timeout, a stream broken before any text or a 5xx marks the endpoint unhealthy and the
 * request moves at once to another endpoint it has not tried (a failover is not a retry). A 429 moves it too but
 * leaves the endpoint healthy. In a pool of several, a 401, 403 or 404 (a wrong key, path or served model on that
 * server) or a 2xx reply that is not a chat completion takes the endpoint out and fails over too, without a retry
 * round. When every candidate has been tried, the request is retried after an exponential
 * backoff (or the server's Retry-After, at most 60 s), up to {@code max_retries} times, and only while the retry can still finish
 * before the deadline. Any other status fails at once with the server's message. When nothing answered, the error
 * names every endpoint and its last error.
 */
final class OpenAiChatModel implements ChatModel {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    /** The longest a server's Retry-After is honoured: a request without a deadline must not wait for hours. */
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    private final String name;
    private final OpenAiSettings settings;
    private final Clock clock;
    private final OkHttpClient client;
    private final EndpointPool pool;

    OpenAiChatModel(String name, OpenAiSettings settings, Clock clock, Metrics metrics) {
        this.name = name;
        this.settings = settings;
        this.clock = clock;
        this.client = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .retryOnConnectionFailure(false)
                .build();
        this.pool = new EndpointPool(name,
                settings.endpoints().stream().map(e -> new Endpoint(e, settings.probe())).toList(),
                new EndpointProber(client, settings.probe(), settings.model(), settings.probeTimeout()),
                new EndpointMetrics(metrics, name), clock, settings.probeBackoff(), settings.probeMaxBackoff());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String describe() {
        if (settings.endpoints().size() == 1) {
            EndpointSettings only = settings.endpoints().get(0);
            return "openai model " + settings.model() + " at " + only.baseUrl() + " (api_key " + only.maskedApiKey()
                    + ")";
        }
        return "openai model " + settings.model() + " at " + settings.endpoints().size() + " endpoints "
                + settings.endpoints() + ", least outstanding requests first, probe "
                + settings.probe().name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return "OpenAiChatModel[" + name + ": " + describe() + "]";
    }

    /** The pool, for tests that steer probing. */
    EndpointPool pool() {
        return pool;
    }

    /** Why one attempt on one endpoint failed in a way worth another attempt (elsewhere or later). */
    private static final class AttemptFailure extends Exception {

        final Reason reason;
        final int httpStatus;
        final Optional<Duration> retryAfter;
        /** False for a configuration problem of one endpoint: fail over, but a retry round would not help. */
        final boolean retryable;

        AttemptFailure(Reason reason, int httpStatus, String message, Optional<Duration> retryAfter, Throwable cause) {
            this(reason, httpStatus, message, retryAfter, cause, true);
        }

        AttemptFailure(Reason reason, int httpStatus, String message, Optional<Duration> retryAfter, Throwable cause,
                       boolean retryable) {
            super(message, cause, false, false);
            this.reason = reason;
            this.httpStatus = httpStatus;
            this.retryAfter = retryAfter;
            this.retryable = retryable;
        }
    }

    @Override
    public ChatResponse complete(ChatRequest chat) {
        boolean stream = settings.stream();
        String body = ChatCompletionJson.requestBody(settings, chat, stream);
        Instant deadline = chat.deadline();
        Duration backoff = settings.retryBackoff();
        Set<Endpoint> tried = new HashSet<>();
        AttemptFailure last = null;
        boolean worthARetry = false;
        int retries = 0;
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ChatModelException(Reason.INTERRUPTED, "request to " + where() + " was interrupted");
            }
            Duration left = deadline == null ? null : Duration.between(clock.instant(), deadline);
            if (left != null && (left.isNegative() || left.isZero())) {
                throw new ChatModelException(Reason.DEADLINE, "deadline passed before " + where() + " answered"
                        + (last == null ? "" : " (last problem: " + last.getMessage() + ")"));
            }
            Endpoint endpoint = pool.acquire(tried);
            if (endpoint == null) {
                // Every candidate failed this round: back off and go again, if the retries and the deadline allow.
                if (retries >= settings.maxRetries() || !worthARetry) {
                    throw exhausted(last);
                }
                Duration wait = last.retryAfter.orElse(jitter(backoff));
                if (deadline != null && clock.instant().plus(wait).isAfter(deadline)) {
                    throw new ChatModelException(Reason.DEADLINE, "no time left to retry " + where() + " before the "
                            + "deadline (last problem: " + last.getMessage() + ")");
                }
                sleep(wait);
                backoff = backoff.multipliedBy(2);
                retries++;
                tried.clear();
                worthARetry = false;
                continue;
            }
            tried.add(endpoint);
            try {
                return attempt(endpoint, body, stream, deadline, left);
            } catch (AttemptFailure failure) {
                last = failure;
                worthARetry |= failure.retryable;
            }
        }
    }

    /** One request to one endpoint; its outstanding count and metrics are released whatever happens. */
    private ChatResponse attempt(Endpoint endpoint, String body, boolean stream, Instant deadline, Duration left)
            throws AttemptFailure {
        long started = System.nanoTime();
        AttemptOutcome outcome = AttemptOutcome.IO_ERROR;
        // Everything after acquire is inside this try, so that the finally releases the endpoint whatever throws.
        try {
            Call call = client.newCall(request(endpoint, body, stream));
            if (left != null) {
                call.timeout().timeout(left.toMillis() + 1, TimeUnit.MILLISECONDS);
            }
            try (Response response = call.execute()) {
                if (response.isSuccessful()) {
                    ChatResponse answer;
                    try {
                        answer = stream ? readStream(endpoint, response, deadline) : readWhole(response);
                    } catch (ChatModelException e) {
                        if (e.reason() != Reason.MALFORMED_RESPONSE || pool.endpoints().size() < 2) {
                            throw e;
                        }
                        // A 2xx that is not a chat completion: that server is unwell (or not what base_url should
                        // name). Take it out, as a 401/403/404 in a pool, so routing does not keep choosing it.
                        outcome = AttemptOutcome.MALFORMED;
                        pool.failed(endpoint, "malformed reply: " + e.getMessage());
                        throw new AttemptFailure(Reason.MALFORMED_RESPONSE, e.httpStatus(), "malformed reply from "
                                + endpoint.chatUrl() + ": " + e.getMessage(), Optional.empty(), e, false);
                    }
                    boolean cut = answer.choices().stream().anyMatch(c -> ChatChoice.DEADLINE.equals(c.finishReason())
                            || ChatChoice.DISCONNECTED.equals(c.finishReason()));
                    outcome = cut ? AttemptOutcome.PARTIAL : AttemptOutcome.OK;
                    boolean brokeOff = answer.choices().stream()
                            .anyMatch(c -> ChatChoice.DISCONNECTED.equals(c.finishReason()));
                    if (brokeOff) {
                        pool.failed(endpoint, "the stream broke off before [DONE]");
                    } else {
                        pool.succeeded(endpoint);
                    }
                    return answer;
                }
                int code = response.code();
                String message = ChatCompletionJson.errorMessage(bodyText(response));
                if (code == 429) {
                    outcome = AttemptOutcome.RATE_LIMITED;
                    pool.noted(endpoint, "HTTP 429: " + message);
                    throw new AttemptFailure(Reason.HTTP_STATUS, code, httpProblem(endpoint, code, message),
                            retryAfter(response), null);
                }
                if (code >= 500) {
                    outcome = AttemptOutcome.SERVER_ERROR;
                    pool.failed(endpoint, "HTTP " + code + ": " + message);
                    throw new AttemptFailure(Reason.HTTP_STATUS, code, httpProblem(endpoint, code, message),
                            retryAfter(response), null);
                }
                outcome = AttemptOutcome.CLIENT_ERROR;
                if (pool.endpoints().size() > 1 && (code == 401 || code == 403 || code == 404)) {
                    // A wrong key, path or served model on one server of a pool: take it out and let the others answer.
                    pool.failed(endpoint, "HTTP " + code + ": " + message);
                    throw new AttemptFailure(Reason.HTTP_STATUS, code, httpProblem(endpoint, code, message),
                            Optional.empty(), null, false);
                }
                throw new ChatModelException(Reason.HTTP_STATUS, code, httpProblem(endpoint, code, message), null);
            }
        } catch (InterruptedIOException e) {
            if (deadlinePassed(deadline)) {
                outcome = AttemptOutcome.DEADLINE;
                throw new ChatModelException(Reason.DEADLINE, -1, "deadline passed while waiting for "
                        + endpoint.chatUrl(), e);
            }
            if (Thread.currentThread().isInterrupted()) {
                outcome = AttemptOutcome.INTERRUPTED;
                throw new ChatModelException(Reason.INTERRUPTED, -1, "request to " + endpoint.chatUrl()
                        + " was interrupted", e);
            }
            outcome = AttemptOutcome.TIMEOUT;
            pool.failed(endpoint, "timed out: " + e.getMessage());
            throw new AttemptFailure(Reason.IO, -1, "no answer from " + endpoint.chatUrl() + " within read_timeout "
                    + settings.readTimeout().toMillis() + " ms", Optional.empty(), e);
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                outcome = AttemptOutcome.INTERRUPTED;
                throw new ChatModelException(Reason.INTERRUPTED, -1, "request to " + endpoint.chatUrl()
                        + " was interrupted", e);
            }
            outcome = e instanceof ConnectException ? AttemptOutcome.CONNECT_ERROR : AttemptOutcome.IO_ERROR;
            String problem = e.getClass().getSimpleName() + ": " + e.getMessage();
            pool.failed(endpoint, problem);
            throw new AttemptFailure(Reason.IO, -1, "cannot reach " + endpoint.chatUrl() + " (" + problem
                    + "); is the server running at base_url?", Optional.empty(), e);
        } catch (ChatModelException e) {
            outcome = AttemptOutcome.of(e.reason(), e.httpStatus());
            throw e;
        } finally {
            pool.release(endpoint, outcome, System.nanoTime() - started);
        }
    }

    private Request request(Endpoint endpoint, String body, boolean stream) {
        Request.Builder builder = new Request.Builder().url(endpoint.chatUrl()).post(RequestBody.create(body, JSON))
                .header("Accept", stream ? "text/event-stream" : "application/json");
        if (!endpoint.apiKey().isEmpty()) {
            builder.header("Authorization", "Bearer " + endpoint.apiKey());
        }
        return builder.build();
    }

    /** The error once no endpoint answered and no retry is left. */
    private ChatModelException exhausted(AttemptFailure last) {
        if (pool.endpoints().size() == 1) {
            return new ChatModelException(last.reason, last.httpStatus, last.getMessage(), last.getCause());
        }
        String state = pool.allDown() ? "all " + pool.endpoints().size() + " endpoints of model '" + name
                + "' are down" : "no endpoint of model '" + name + "' answered";
        return new ChatModelException(last.reason, last.httpStatus, state + ": " + pool.problems()
                + " (unhealthy endpoints are probed with " + settings.probe().name().toLowerCase(java.util.Locale.ROOT)
                + " and return when a probe succeeds; check each base_url and that the server there is up)",
                last.getCause());
    }

    /** The chat URL of a pool of one, else the model's endpoints. */
    private String where() {
        if (pool.endpoints().size() == 1) {
            return pool.endpoints().get(0).chatUrl().toString();
        }
        return "any of the endpoints of model '" + name + "' (" + pool.endpoints().stream().map(Endpoint::label)
                .collect(Collectors.joining(", ")) + ")";
    }

    private ChatResponse readWhole(Response response) throws IOException {
        return ChatCompletionJson.response(bodyText(response), settings.model());
    }

    private ChatResponse readStream(Endpoint endpoint, Response response, Instant deadline) throws IOException {
        SseChatStream events = new SseChatStream(settings.model());
        ResponseBody body = response.body();
        if (body == null) {
            throw new ChatModelException(Reason.MALFORMED_RESPONSE, "empty streamed reply from "
                    + endpoint.chatUrl());
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
                throw new ChatModelException(Reason.DEADLINE, -1, "the deadline passed before " + endpoint.chatUrl()
                        + " streamed any text", e);
            }
            throw e;
        }
        if (events.isDone()) {
            return events.complete();
        }
        if (!events.hasText()) {
            throw new ChatModelException(Reason.MALFORMED_RESPONSE, "the stream from " + endpoint.chatUrl()
                    + " ended before any text or [DONE]");
        }
        return events.partial(deadlinePassed(deadline) ? ChatChoice.DEADLINE : ChatChoice.DISCONNECTED);
    }

    private boolean deadlinePassed(Instant deadline) {
        return deadline != null && !clock.instant().isBefore(deadline);
    }

    private String httpProblem(Endpoint endpoint, int code, String message) {
        String hint = switch (code) {
            case 401, 403 -> "; check api_key";
            case 404 -> message.contains("does not exist") || message.contains("model")
                    ? "; check model = \"" + settings.model() + "\" against the server's /v1/models"
                    : "; check base_url (requests go to " + endpoint.chatUrl() + ")";
            case 400 -> message.contains("does not exist")
                    ? "; check model = \"" + settings.model() + "\" against the server's /v1/models" : "";
            default -> "";
        };
        return "HTTP " + code + " from " + endpoint.chatUrl() + ": " + message + hint;
    }

    private static String bodyText(Response response) throws IOException {
        ResponseBody body = response.body();
        return body == null ? "" : body.string();
    }

    private static Optional<Duration> retryAfter(Response response) {
        return retryAfter(response.header("Retry-After"));
    }

    /**
     * The wait a {@code Retry-After} header in seconds asks for, at most {@link #MAX_RETRY_AFTER}; empty when absent,
     * negative or in the HTTP-date form.
     */
    static Optional<Duration> retryAfter(String header) {
        if (header == null) {
            return Optional.empty();
        }
        try {
            double seconds = Double.parseDouble(header.strip());
            if (!(seconds >= 0)) {
                return Optional.empty(); // negative or NaN
            }
            double capped = Math.min(seconds, MAX_RETRY_AFTER.toSeconds());
            return Optional.of(Duration.ofMillis((long) (capped * 1000)));
        } catch (NumberFormatException e) {
            return Optional.empty(); // HTTP-date form: use our own backoff
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
        pool.close();
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
