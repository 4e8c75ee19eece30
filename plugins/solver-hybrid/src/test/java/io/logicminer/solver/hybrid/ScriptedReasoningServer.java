package io.logicminer.solver.hybrid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An OpenAI-compatible chat-completions endpoint on loopback (MockWebServer, vLLM's reply shapes) whose every reply
 * is {@link ScriptedReasoning} prose for the last user message: the stand-in model for measuring the similarity term
 * of {@code math} against {@code hybrid} with {@code logicminer eval --reference-model} where no real model runs.
 * Each request is a new sample, so the reference and the hybrid's reasoning for one question differ in phrasing.
 *
 * <p>{@code ScriptedReasoningServer URL_FILE}: listens on an ephemeral port of 127.0.0.1, writes its base URL
 * ({@code http://127.0.0.1:PORT/v1}) to URL_FILE and serves until killed.
 */
public final class ScriptedReasoningServer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScriptedReasoningServer() {
    }

    /** A server answering every chat completion with scripted prose; started, not yet announced. */
    static MockWebServer start() throws IOException {
        MockWebServer server = new MockWebServer();
        AtomicLong samples = new AtomicLong();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (!"POST".equals(request.getMethod()) || request.getPath() == null
                        || !request.getPath().endsWith("/chat/completions")) {
                    return VllmChatReplies.error(404, "only POST /v1/chat/completions is served here");
                }
                try {
                    JsonNode body = JSON.readTree(request.getBody().readUtf8());
                    JsonNode messages = body.path("messages");
                    String question = messages.isArray() && !messages.isEmpty()
                            ? messages.get(messages.size() - 1).path("content").asText() : "";
                    // About three words for four tokens, as for English prose.
                    int maxWords = body.has("max_tokens") ? Math.max(1, body.path("max_tokens").asInt() * 3 / 4) : 768;
                    String prose = ScriptedReasoning.write(question, samples.incrementAndGet(), maxWords);
                    return body.path("stream").asBoolean(false) ? VllmChatReplies.stream(prose)
                            : VllmChatReplies.completion(prose);
                } catch (IOException e) {
                    return VllmChatReplies.error(400, "not JSON: " + e.getMessage());
                }
            }
        });
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
        return server;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ScriptedReasoningServer URL_FILE");
            System.exit(2);
        }
        MockWebServer server = start();
        Path urlFile = Path.of(args[0]);
        Path partial = urlFile.resolveSibling(urlFile.getFileName() + ".tmp");
        Files.writeString(partial, server.url("/v1").toString());
        Files.move(partial, urlFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        new CountDownLatch(1).await(); // serves until the process is killed
    }
}
