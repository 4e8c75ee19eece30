package io.logicminer.launch.vllm;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks a vLLM server whether it serves: {@code GET /health} (no key: vLLM only guards {@code /v1}; 200 while the
 * engine runs, 503 once it died) and {@code GET /v1/models} with the API key, whose {@code data[].id} must list the
 * served model name.
 */
final class ServerProbe {

    /** What one probe found. */
    enum Health {
        /** No answer (not listening yet, or gone). */
        DOWN,
        /** /health answered 503: the engine died; vLLM does not recover from that. */
        ENGINE_DEAD,
        /** /health 200 but the model is not listed (yet), or /v1/models failed. */
        NOT_SERVING,
        /** /health 200 and the model listed. */
        READY
    }

    /** A model list is a few hundred bytes per model; anything past this is not a vLLM list. */
    static final int MAX_MODELS_BODY = 1 << 20;

    private final HttpClient http;
    private final URI root;
    private final String apiKey;
    private final String servedModelName;
    private final Duration timeout;
    private volatile String lastProblem = "";

    /** @param baseUrl the OpenAI base URL, {@code http://host:port/v1} */
    ServerProbe(String baseUrl, String apiKey, String servedModelName, Duration timeout) {
        String root = baseUrl.endsWith("/v1") ? baseUrl.substring(0, baseUrl.length() - 3) : baseUrl;
        this.root = URI.create(root.endsWith("/") ? root : root + "/");
        this.apiKey = apiKey;
        this.servedModelName = servedModelName;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    Health probe() throws InterruptedException {
        try {
            // /health has no body worth reading (vLLM sends none): discarded, and the whole exchange is bounded.
            HttpResponse<Void> health = send(HttpRequest.newBuilder(root.resolve("health")).timeout(timeout)
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            if (health.statusCode() == 503) {
                lastProblem = "/health answered 503 (engine dead)";
                return Health.ENGINE_DEAD;
            }
            if (health.statusCode() != 200) {
                lastProblem = "/health answered " + health.statusCode();
                return Health.NOT_SERVING;
            }
            HttpRequest.Builder models = HttpRequest.newBuilder(root.resolve("v1/models")).timeout(timeout).GET();
            if (!apiKey.isBlank()) {
                models.header("Authorization", "Bearer " + apiKey);
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            HttpResponse<InputStream> listed = send(models.build(), HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream stream = listed.body()) {
                if (listed.statusCode() != 200) {
                    lastProblem = "/v1/models answered " + listed.statusCode()
                            + (listed.statusCode() == 401 ? " (wrong API key)" : "");
                    return Health.NOT_SERVING;
                }
                body = readAtMost(stream, deadline);
            }
            if (body.length > MAX_MODELS_BODY) {
                lastProblem = "/v1/models answered more than " + MAX_MODELS_BODY + " bytes: not vLLM's model list"
                        + " (is another server listening on this port?)";
                return Health.NOT_SERVING;
            }
            List<String> ids = modelIds(new String(body, StandardCharsets.UTF_8));
            if (!ids.contains(servedModelName)) {
                lastProblem = "/v1/models lists " + ids + ", not " + servedModelName;
                return Health.NOT_SERVING;
            }
            lastProblem = "";
            return Health.READY;
        } catch (IOException e) {
            lastProblem = "no answer: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage());
            return Health.DOWN;
        }
    }

    /**
     * Sends under the probe timeout as a whole. The request timeout alone stops counting once the headers are in:
     * a body handler that reads to the end (as discarding does) could otherwise wait on a slow body for ever.
     */
    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<T>> pending = http.sendAsync(request, handler);
        try {
            return pending.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new HttpTimeoutException("no complete answer from " + request.uri().getPath() + " within "
                    + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            pending.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause == null ? e.toString() : cause.toString(), cause);
        }
    }

    /**
     * Up to {@link #MAX_MODELS_BODY} + 1 bytes of a body (more means too big), read by a virtual thread until the
     * deadline; a body still arriving then is closed and counts as no answer.
     */
    private static byte[] readAtMost(InputStream stream, long deadline) throws IOException, InterruptedException {
        CompletableFuture<byte[]> read = new CompletableFuture<>();
        Thread.ofVirtual().name("vllm-probe-body").start(() -> {
            try {
                read.complete(stream.readNBytes(MAX_MODELS_BODY + 1));
            } catch (Throwable e) {
                read.completeExceptionally(e);
            }
        });
        try {
            return read.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            stream.close();
            throw new HttpTimeoutException("the /v1/models body did not arrive in time");
        } catch (InterruptedException e) {
            stream.close();
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause == null ? e.toString() : cause.toString(), cause);
        }
    }

    /** What the last probe that did not find the server ready saw. */
    String lastProblem() {
        return lastProblem;
    }

    /**
     * The {@code id} values of an OpenAI {@code /v1/models} answer: every string that follows an {@code "id"} key.
     * A single pass over the text without regular expressions or recursion, so an id of any length (a regex with
     * backtracking alternation overflowed the stack on a few thousand characters) costs only its length.
     */
    static List<String> modelIds(String json) {
        List<String> ids = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        // 0: nothing; 1: just read the string "id"; 2: read "id" and a colon, the next string is an id
        int seen = 0;
        int i = 0;
        int n = json.length();
        while (i < n) {
            char c = json.charAt(i);
            if (c == '"') {
                token.setLength(0);
                i = readString(json, i + 1, token);
                if (seen == 2) {
                    ids.add(token.toString());
                    seen = 0;
                } else {
                    seen = token.toString().equals("id") ? 1 : 0;
                }
            } else {
                if (c == ':' && seen == 1) {
                    seen = 2;
                } else if (!Character.isWhitespace(c)) {
                    seen = 0;
                }
                i++;
            }
        }
        return ids;
    }

    /** Decodes the JSON string starting after its opening quote into {@code into}; the index after its end. */
    private static int readString(String json, int from, StringBuilder into) {
        int i = from;
        int n = json.length();
        while (i < n) {
            char c = json.charAt(i++);
            if (c == '"') {
                return i;
            }
            if (c != '\\' || i >= n) {
                into.append(c);
                continue;
            }
            char escaped = json.charAt(i++);
            switch (escaped) {
                case 'n' -> into.append('\n');
                case 't' -> into.append('\t');
                case 'r' -> into.append('\r');
                case 'b' -> into.append('\b');
                case 'f' -> into.append('\f');
                case 'u' -> {
                    if (i + 4 <= n) {
                        try {
                            into.append((char) Integer.parseInt(json, i, i + 4, 16));
                            i += 4;
                        } catch (NumberFormatException e) {
                            into.append("\\u");
                        }
                    } else {
                        into.append("\\u");
                    }
                }
                default -> into.append(escaped); // \" \\ \/
            }
        }
        return n;
    }
}
