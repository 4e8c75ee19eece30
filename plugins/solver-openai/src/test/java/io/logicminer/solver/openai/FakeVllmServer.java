package io.logicminer.solver.openai;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A MockWebServer answering like one vLLM server: {@code POST /v1/chat/completions}, {@code GET /v1/models} and
 * {@code GET /health}. Its chat replies can be held open until {@link #release()}, and every chat request's arrival
 * is announced on a queue shared by the servers of a test, so a test knows where each request went without sleeping.
 */
final class FakeVllmServer implements AutoCloseable {

    final String name;
    private final MockWebServer server = new MockWebServer();
    private final BlockingQueue<String> arrivals;
    private final List<RecordedRequest> chats = new CopyOnWriteArrayList<>();
    private final List<RecordedRequest> probes = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch gate = new CountDownLatch(0);
    volatile Supplier<MockResponse> chat = () -> VllmResponses.json(200, "chat-completion.json");
    volatile Supplier<MockResponse> models = () -> VllmResponses.json(200, "models.json");
    volatile Supplier<MockResponse> health = () -> new MockResponse().setResponseCode(200);

    FakeVllmServer(String name, BlockingQueue<String> arrivals) throws IOException {
        this.name = name;
        this.arrivals = arrivals;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                String path = request.getPath() == null ? "" : request.getPath();
                if (path.equals("/v1/chat/completions") && "POST".equals(request.getMethod())) {
                    chats.add(request);
                    arrivals.add(FakeVllmServer.this.name);
                    if (!gate.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException(FakeVllmServer.this.name + ": held reply never released");
                    }
                    return chat.get();
                }
                if (path.equals("/v1/models") && "GET".equals(request.getMethod())) {
                    probes.add(request);
                    return models.get();
                }
                if (path.equals("/health") && "GET".equals(request.getMethod())) {
                    probes.add(request);
                    return health.get();
                }
                return new MockResponse().setResponseCode(404).setBody("{\"detail\":\"Not Found\"}");
            }
        });
        server.start();
    }

    /** {@code http://127.0.0.1:<port>/v1}. */
    String baseUrl() {
        return server.url("/v1").toString();
    }

    /** Holds every chat reply from now on until {@link #release()}. */
    void hold() {
        gate = new CountDownLatch(1);
    }

    /** Sends the held replies and every later one at once. */
    void release() {
        gate.countDown();
    }

    int chatRequests() {
        return chats.size();
    }

    List<RecordedRequest> chats() {
        return chats;
    }

    List<RecordedRequest> probes() {
        return probes;
    }

    /** Stops listening: its port now refuses connections. */
    void stop() throws IOException {
        release();
        server.shutdown();
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
