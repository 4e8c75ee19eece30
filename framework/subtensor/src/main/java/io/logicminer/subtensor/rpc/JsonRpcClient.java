package io.logicminer.subtensor.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON-RPC 2.0 client over one WebSocket to a Substrate node, on OkHttp's WebSocket and Jackson.
 *
 * <ul>
 *   <li>Calls are correlated by id; each has a timeout (the client's default or its own) after which its future fails
 *       with {@link RpcTimeoutException}. An error object from the node fails it with {@link JsonRpcErrorException}.
 *       Futures complete on the client's callback threads, never on the socket reader, so blocking in a dependent
 *       stage is safe.
 *   <li>Subscriptions route notifications by subscription id, including notifications that arrive before the
 *       subscribe call's response (they are held until the id is known).
 *   <li>When the socket drops, calls in flight fail at once with {@link ConnectionLostException} ("connection to
 *       &lt;url&gt; lost"), calls made while disconnected fail the same way, non-resumable subscriptions end, and the
 *       client reconnects with capped exponential backoff ({@link ReconnectPolicy}); resumable subscriptions are
 *       re-established after the reconnect.
 *   <li>A message larger than {@code maxMessageBytes} is not buffered: see {@link MessageSizeGuard}.
 *   <li>{@link #close()} sends a close frame, waits briefly for the node's, and stops every thread the client
 *       started (OkHttp dispatcher, timer, callback and event threads).
 * </ul>
 */
public final class JsonRpcClient implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JsonRpcClient.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    /** Per unknown subscription id, and in all: notifications held while their subscribe response is pending. */
    private static final int EARLY_PER_ID = 64;
    private static final int EARLY_IDS = 64;

    public static final long DEFAULT_MAX_MESSAGE_BYTES = 16L * 1024 * 1024;
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_PING_INTERVAL = Duration.ofSeconds(20);
    public static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(2);

    private final URI url;
    private final ObjectMapper mapper;
    private final Duration requestTimeout;
    private final Duration connectTimeout;
    private final Duration closeTimeout;
    private final ReconnectPolicy reconnectPolicy;
    private final MessageSizeGuard sizeGuard;
    private final OwnedThreadFactory threads;
    private final OkHttpClient http;
    private final ScheduledThreadPoolExecutor scheduler;
    private final ExecutorService callbacks;
    private final ExecutorService events;

    private final AtomicLong nextId = new AtomicLong(1);
    private final Map<Long, PendingCall> pending = new ConcurrentHashMap<>();
    private final Map<String, ActiveSubscription> routes = new ConcurrentHashMap<>();
    private final Set<ActiveSubscription> subscriptions = ConcurrentHashMap.newKeySet();
    /** Only touched on the reader thread (and cleared under {@link #lock} when a connection is replaced). */
    private final Map<String, Deque<JsonNode>> early = new LinkedHashMap<>();
    private final CompletableFuture<Void> firstOpen = new CompletableFuture<>();

    private final Object lock = new Object();
    private Connection connection; // guarded by lock
    private int generation; // guarded by lock
    private int failedAttempts; // guarded by lock
    private ScheduledFuture<?> reconnectTask; // guarded by lock
    private volatile boolean closed;
    /** connect() gives up on the first failed attempt; start() keeps trying in the background. */
    private final boolean failFastOnFirstConnect;

    private JsonRpcClient(Builder builder, boolean failFastOnFirstConnect) {
        this.failFastOnFirstConnect = failFastOnFirstConnect;
        this.url = builder.url;
        this.mapper = builder.mapper;
        this.requestTimeout = builder.requestTimeout;
        this.connectTimeout = builder.connectTimeout;
        this.closeTimeout = builder.closeTimeout;
        this.reconnectPolicy = builder.reconnectPolicy;
        this.sizeGuard = new MessageSizeGuard(builder.maxMessageBytes);
        this.threads = new OwnedThreadFactory("logicminer-rpc-" + INSTANCES.incrementAndGet());

        ThreadPoolExecutor okhttpExecutor = new ThreadPoolExecutor(
                0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), threads.named("socket"));
        OkHttpClient.Builder http = new OkHttpClient.Builder();
        if (builder.sslSocketFactory != null) {
            http.sslSocketFactory(builder.sslSocketFactory, builder.trustManager);
        }
        this.http = http
                .dispatcher(new Dispatcher(okhttpExecutor))
                .socketFactory(sizeGuard)
                .connectTimeout(connectTimeout)
                .readTimeout(connectTimeout) // the upgrade response; OkHttp lifts it once the WebSocket is open
                .pingInterval(builder.pingInterval)
                // OkHttp always offers permessage-deflate; a compressed frame could inflate past the size cap.
                .addNetworkInterceptor(chain -> chain.proceed(
                        chain.request().newBuilder().removeHeader("Sec-WebSocket-Extensions").build()))
                .build();
        this.scheduler = new ScheduledThreadPoolExecutor(1, threads.named("timer"));
        this.scheduler.setRemoveOnCancelPolicy(true);
        this.callbacks = new ThreadPoolExecutor(
                0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), threads.named("callback"));
        this.events = Executors.newSingleThreadExecutor(threads.named("events"));
    }

    public static Builder builder(URI url) {
        return new Builder(url);
    }

    /** The node's URL. */
    public URI url() {
        return url;
    }

    /** The timeout calls get when they do not name their own. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * Waits until a connection is open (at once when one is); false when {@code timeout} passed first or the client
     * is closed.
     */
    public boolean awaitConnected(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (!(connection != null && connection.open) && !closed) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return false;
                }
                try {
                    lock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return !closed;
        }
    }

    /** True while a connection is open (false while reconnecting, and after close). */
    public boolean isConnected() {
        synchronized (lock) {
            return connection != null && connection.open;
        }
    }

    // ---------------------------------------------------------------- calls

    /** Calls {@code method} with positional {@code params} and waits up to the default request timeout. */
    public JsonNode call(String method, List<?> params) {
        return call(method, params, requestTimeout);
    }

    /**
     * Calls {@code method} and waits for its result up to {@code timeout}.
     *
     * @throws RpcException (one of its subclasses) when the call fails
     */
    public JsonNode call(String method, List<?> params, Duration timeout) {
        return await(callAsync(method, params, timeout));
    }

    public CompletableFuture<JsonNode> callAsync(String method, List<?> params) {
        return callAsync(method, params, requestTimeout);
    }

    /** Sends the call now; the future fails with {@link RpcTimeoutException} once {@code timeout} has passed. */
    public CompletableFuture<JsonNode> callAsync(String method, List<?> params, Duration timeout) {
        return send(method, params, timeout, null);
    }

    /** Waits for a future of this client, turning its failure back into the {@link RpcException} it carries. */
    public static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RpcException("interrupted while waiting for a JSON-RPC response", e);
        }
    }

    /** Like {@link #await(CompletableFuture)}, bounded (for futures that carry no timeout of their own). */
    public static <T> T await(CompletableFuture<T> future, Duration timeout, String what) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } catch (TimeoutException e) {
            throw new RpcTimeoutException(what + " did not complete within " + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RpcException("interrupted while waiting for " + what, e);
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new RpcException(String.valueOf(cause), cause);
    }

    private CompletableFuture<JsonNode> send(String method, List<?> params, Duration timeout,
                                             ResultHook onResultInReader) {
        Objects.requireNonNull(method, "method");
        CompletableFuture<JsonNode> future = new CompletableFuture<>();
        long id = nextId.getAndIncrement();
        String text;
        try {
            ObjectNode request = mapper.createObjectNode();
            request.put("jsonrpc", "2.0");
            request.put("id", id);
            request.put("method", method);
            ArrayNode array = request.putArray("params");
            for (Object param : params) {
                array.add(param instanceof JsonNode node ? node : mapper.valueToTree(param));
            }
            text = mapper.writeValueAsString(request);
        } catch (IllegalArgumentException | JsonProcessingException e) {
            future.completeExceptionally(new RpcException("cannot encode the params of " + method + ": " + e, e));
            return future;
        }
        PendingCall call = new PendingCall(id, method, future, onResultInReader);
        WebSocket socket;
        synchronized (lock) {
            // Checked and registered under the lock that connectionLost() takes to swap the connection, so a call is
            // either failed by that sweep or sees the connection gone: it cannot hang until its timeout.
            if (closed) {
                future.completeExceptionally(new RpcException("JSON-RPC client for " + url + " is closed; " + method
                        + " was not sent"));
                return future;
            }
            if (connection == null || !connection.open) {
                future.completeExceptionally(new ConnectionLostException("not connected to " + url
                        + " (reconnecting, attempt " + Math.max(1, failedAttempts) + "); " + method + " was not sent",
                        null));
                return future;
            }
            socket = connection.socket;
            call.sentOn = connection;
            pending.put(id, call);
            call.timeout = scheduler.schedule(() -> timedOut(id, timeout), timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        if (!socket.send(text)) {
            if (pending.remove(id) != null) {
                call.timeout.cancel(false);
                future.completeExceptionally(new ConnectionLostException("connection to " + url
                        + " is closing; " + method + " was not sent", null));
            }
        }
        return future;
    }

    private void timedOut(long id, Duration timeout) {
        PendingCall call = pending.remove(id);
        if (call != null) {
            failAsync(call.future, new RpcTimeoutException("no response to " + call.method + " (id " + id + ") from "
                    + url + " within " + timeout));
        }
    }

    // ---------------------------------------------------------------- subscriptions

    /**
     * Subscribes; the future completes with the live subscription once the node has answered the subscribe call, or
     * fails like a call (an error object, a timeout, a lost connection).
     */
    public CompletableFuture<Subscription> subscribe(SubscriptionRequest request, SubscriptionListener listener) {
        ActiveSubscription subscription = new ActiveSubscription(request, listener);
        return send(request.subscribeMethod(), request.params(), requestTimeout, subscription::registerInReader)
                .thenApply(result -> subscription);
    }

    /** Removes routing without telling the node (which already ended the subscription, e.g. a finalized extrinsic). */
    void forget(Subscription subscription) {
        if (subscription instanceof ActiveSubscription active) {
            active.deactivate();
        }
    }

    // ---------------------------------------------------------------- connection lifecycle

    private void start() {
        openConnection();
    }

    private void awaitFirstConnection() {
        try {
            firstOpen.get(connectTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            close();
            // connectionLost() wrapped the transport's failure: name that, not the wrapper
            Throwable failure = e.getCause() instanceof ConnectionLostException lost && lost.getCause() != null
                    ? lost.getCause() : e.getCause();
            throw new ConnectionLostException("cannot connect to " + url + ": " + describe(failure), failure);
        } catch (TimeoutException e) {
            close();
            throw new ConnectionLostException("cannot connect to " + url + ": no WebSocket handshake within "
                    + connectTimeout, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new RpcException("interrupted while connecting to " + url, e);
        }
    }

    private void openConnection() {
        synchronized (lock) {
            reconnectTask = null;
            if (closed) {
                return;
            }
            int gen = ++generation;
            Connection fresh = new Connection(gen);
            connection = fresh;
            fresh.socket = http.newWebSocket(new Request.Builder().url(url.toString()).build(), new Listener(fresh));
        }
    }

    private void opened(Connection opened) {
        List<ActiveSubscription> toResume;
        synchronized (lock) {
            if (closed || connection != opened) {
                opened.socket.cancel();
                return;
            }
            opened.open = true;
            lock.notifyAll();
            if (failedAttempts > 0) {
                log.info("Reconnected to {} after {} attempt(s)", url, failedAttempts);
            } else {
                log.debug("Connected to {}", url);
            }
            failedAttempts = 0;
            toResume = subscriptions.stream().filter(s -> s.serverId == null).toList();
        }
        sizeGuard.messageDelivered();
        firstOpen.complete(null);
        for (ActiveSubscription subscription : toResume) {
            subscription.resubscribe();
        }
    }

    private void connectionLost(Connection lost, String why, Throwable cause) {
        List<PendingCall> inFlight;
        List<ActiveSubscription> ending = new ArrayList<>();
        RpcException error;
        synchronized (lock) {
            if (connection != lost) {
                return; // an older connection, or closed by us
            }
            connection = null;
            boolean wasOpen = lost.open;
            lost.open = false;
            if (sizeGuard.tripped()) {
                why = "a message exceeded the cap of " + sizeGuard.maxMessageBytes() + " bytes";
                error = new MessageTooLargeException("a message from " + url + " exceeded the cap of "
                        + sizeGuard.maxMessageBytes() + " bytes (max-message-bytes); the connection was dropped and"
                        + " is being re-established", cause);
            } else {
                error = new ConnectionLostException("connection to " + url + " lost: " + why, cause);
            }
            inFlight = new ArrayList<>(pending.values());
            pending.clear();
            routes.clear();
            synchronized (early) {
                early.clear();
            }
            for (ActiveSubscription subscription : subscriptions) {
                if (subscription.request.resumeAfterReconnect()) {
                    subscription.serverId = null;
                } else {
                    ending.add(subscription);
                }
            }
            if (!firstOpen.isDone() && failFastOnFirstConnect) {
                firstOpen.completeExceptionally(error);
                return;
            }
            failedAttempts++;
            Duration delay = reconnectPolicy.delayBeforeAttempt(failedAttempts);
            if (wasOpen) {
                log.warn("Connection to {} lost ({}); {} call(s) in flight failed; reconnecting in {} ms", url, why,
                        inFlight.size(), delay.toMillis());
            } else {
                log.warn("Reconnect attempt {} to {} failed ({}); next in {} ms", failedAttempts, url, why,
                        delay.toMillis());
            }
            reconnectTask = scheduler.schedule(this::openConnection, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
        for (PendingCall call : inFlight) {
            call.timeout.cancel(false);
            failAsync(call.future, error);
        }
        for (ActiveSubscription subscription : ending) {
            subscription.end(error);
        }
    }

    private static String describe(Throwable t) {
        if (t == null) {
            return "unknown cause";
        }
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName()
                : t.getClass().getSimpleName() + ": " + message;
    }

    // ---------------------------------------------------------------- incoming messages (reader thread)

    private void onText(String text) {
        sizeGuard.messageDelivered();
        JsonNode message;
        try {
            message = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            log.warn("Ignoring a message from {} that is not JSON ({} chars): {}", url, text.length(),
                    e.getOriginalMessage());
            return;
        }
        if (message == null || !message.isObject()) {
            log.warn("Ignoring a message from {} that is not a JSON-RPC object: {}", url, abbreviate(text));
            return;
        }
        JsonNode id = message.get("id");
        if (id != null && !id.isNull() && (message.has("result") || message.has("error"))) {
            onResponse(id, message);
        } else if (message.hasNonNull("method") && message.path("params").has("subscription")) {
            onNotification(message);
        } else {
            log.warn("Ignoring a message from {} that is neither a response nor a notification: {}", url,
                    abbreviate(text));
        }
    }

    private void onResponse(JsonNode id, JsonNode message) {
        if (!id.canConvertToLong()) {
            log.warn("Ignoring a response from {} with an id we never sent: {}", url, id);
            return;
        }
        PendingCall call = pending.remove(id.asLong());
        if (call == null) {
            log.debug("Dropping a late response from {} to id {} (timed out or failed)", url, id);
            return;
        }
        call.timeout.cancel(false);
        JsonNode error = message.get("error");
        if (error != null && !error.isNull()) {
            failAsync(call.future, new JsonRpcErrorException(call.method, error.path("code").asInt(),
                    error.path("message").asText(""), error.get("data")));
            return;
        }
        JsonNode result = message.get("result");
        if (call.onResultInReader != null) {
            try {
                call.onResultInReader.accept(call.sentOn, result);
            } catch (RuntimeException e) {
                failAsync(call.future, e instanceof RpcException rpc ? rpc
                        : new RpcException(call.method + " returned an unusable result " + result + ": " + e, e));
                return;
            }
        }
        completeAsync(call.future, result);
    }

    private void onNotification(JsonNode message) {
        JsonNode params = message.get("params");
        String id = subscriptionKey(params.get("subscription"));
        ActiveSubscription subscription = routes.get(id);
        if (subscription != null) {
            subscription.deliver(params);
            return;
        }
        synchronized (early) {
            Deque<JsonNode> held = early.get(id);
            if (held == null) {
                if (early.size() >= EARLY_IDS) {
                    String oldest = early.keySet().iterator().next();
                    early.remove(oldest);
                    log.debug("Dropping held notifications for unknown subscription {} from {}", oldest, url);
                }
                held = new ArrayDeque<>();
                early.put(id, held);
            }
            if (held.size() >= EARLY_PER_ID) {
                held.removeFirst();
            }
            held.addLast(params);
        }
    }

    private static String subscriptionKey(JsonNode id) {
        // jsonrpsee sends string ids; older Substrate sent numbers. Either way the id is compared as text.
        return id == null ? "null" : id.isTextual() ? id.asText() : id.toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "... (" + text.length() + " chars)";
    }

    private void completeAsync(CompletableFuture<JsonNode> future, JsonNode value) {
        try {
            callbacks.execute(() -> future.complete(value));
        } catch (RejectedExecutionException e) {
            future.complete(value);
        }
    }

    private <T> void failAsync(CompletableFuture<T> future, Throwable error) {
        try {
            callbacks.execute(() -> future.completeExceptionally(error));
        } catch (RejectedExecutionException e) {
            future.completeExceptionally(error);
        }
    }

    // ---------------------------------------------------------------- close

    /**
     * Fails calls in flight, ends subscriptions ({@link SubscriptionListener#onEnd}), sends a close frame and waits
     * up to the close timeout for the node's, then stops the client's threads. Idempotent.
     */
    @Override
    public void close() {
        Connection last;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            lock.notifyAll();
            last = connection;
            connection = null;
            if (reconnectTask != null) {
                reconnectTask.cancel(false);
            }
        }
        RpcException error = new RpcException("JSON-RPC client for " + url + " was closed");
        firstOpen.completeExceptionally(error);
        List<PendingCall> inFlight = new ArrayList<>(pending.values());
        pending.clear();
        for (PendingCall call : inFlight) {
            call.future.completeExceptionally(error);
        }
        for (ActiveSubscription subscription : new ArrayList<>(subscriptions)) {
            subscription.end(error);
        }
        if (last != null) {
            boolean sent = last.socket.close(1000, "client closing");
            try {
                if (!sent || !last.terminated.await(closeTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    last.socket.cancel();
                }
            } catch (InterruptedException e) {
                last.socket.cancel();
                Thread.currentThread().interrupt();
            }
        }
        http.dispatcher().cancelAll();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        scheduler.shutdownNow();
        events.shutdown();
        callbacks.shutdown();
        try {
            long deadline = System.nanoTime() + closeTimeout.toNanos();
            for (ExecutorService executor : List.of(http.dispatcher().executorService(), scheduler, events,
                    callbacks)) {
                long left = Math.max(0, deadline - System.nanoTime());
                if (!executor.awaitTermination(left, TimeUnit.NANOSECONDS)) {
                    executor.shutdownNow();
                }
            }
            // a pool reports termination just before its last worker returns: wait for the threads themselves
            for (Thread thread : threads.alive()) {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            }
            List<Thread> survivors = threads.alive();
            if (!survivors.isEmpty()) {
                log.warn("JSON-RPC client for {} closed, but {} of its threads did not stop within {}: {}", url,
                        survivors.size(), closeTimeout, survivors);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.debug("Closed JSON-RPC client for {}", url);
    }

    /** Threads the client started that are still running (test hook: empty after close). */
    List<Thread> liveThreads() {
        return threads.alive();
    }

    // ---------------------------------------------------------------- internals

    private static final class Connection {
        final int generation;
        final CountDownLatch terminated = new CountDownLatch(1);
        volatile WebSocket socket;
        volatile boolean open;

        Connection(int generation) {
            this.generation = generation;
        }
    }

    /** Runs on the reader thread with a call's result, before the next message is read. */
    @FunctionalInterface
    private interface ResultHook {
        void accept(Connection sentOn, JsonNode result);
    }

    private static final class PendingCall {
        final long id;
        final String method;
        final CompletableFuture<JsonNode> future;
        final ResultHook onResultInReader;
        ScheduledFuture<?> timeout;
        Connection sentOn;

        PendingCall(long id, String method, CompletableFuture<JsonNode> future, ResultHook onResultInReader) {
            this.id = id;
            this.method = method;
            this.future = future;
            this.onResultInReader = onResultInReader;
        }
    }

    private final class Listener extends WebSocketListener {
        private final Connection connection;

        Listener(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            opened(connection);
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            if (connection.open) {
                onText(text);
            }
        }

        @Override
        public void onMessage(WebSocket webSocket, okio.ByteString bytes) {
            if (connection.open) {
                onText(bytes.utf8());
            }
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(1000, null);
            connectionLost(connection, "the node closed it (" + code + (reason.isEmpty() ? "" : " " + reason) + ")",
                    null);
        }

        @Override
        public void onClosed(WebSocket webSocket, int code, String reason) {
            connection.terminated.countDown();
            connectionLost(connection, "closed (" + code + (reason.isEmpty() ? "" : " " + reason) + ")", null);
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
            connection.terminated.countDown();
            String why = response != null && response.code() != 101
                    ? "the WebSocket upgrade was refused with HTTP " + response.code()
                    : describe(t);
            connectionLost(connection, why, t);
        }
    }

    private final class ActiveSubscription implements Subscription {
        final SubscriptionRequest request;
        final SubscriptionListener listener;
        final AtomicBoolean active = new AtomicBoolean(true);
        volatile String serverId;

        ActiveSubscription(SubscriptionRequest request, SubscriptionListener listener) {
            this.request = request;
            this.listener = listener;
        }

        /** On the reader thread, before the next message is read: later notifications find the route. */
        void registerInReader(Connection sentOn, JsonNode result) {
            if (result == null || result.isNull() || result.isContainerNode()) {
                throw new RpcException(request.subscribeMethod() + " on " + url
                        + " answered with no subscription id: " + result);
            }
            String id = subscriptionKey(result);
            synchronized (lock) {
                // A lost pong is reported on OkHttp's timer thread, so connectionLost() may have swept the routes
                // between this response being read and now; a route to a dead connection would stop resumption.
                if (connection != sentOn) {
                    throw new ConnectionLostException("connection to " + url + " lost while "
                            + request.subscribeMethod() + " was answered", null);
                }
                if (!active.get()) {
                    // unsubscribed while the (re)subscribe call was in flight: the node must not keep it
                    send(request.unsubscribeMethod(), List.of(id), requestTimeout, null);
                    return;
                }
                serverId = id;
                subscriptions.add(this);
                routes.put(id, this);
                Deque<JsonNode> held;
                synchronized (early) {
                    held = early.remove(id);
                }
                if (held != null) {
                    held.forEach(this::deliver);
                }
            }
        }

        void deliver(JsonNode params) {
            JsonNode error = params.get("error");
            if (error != null && !error.isNull()) {
                end(new JsonRpcErrorException(request.notificationMethod(), error.path("code").asInt(),
                        error.path("message").asText(""), error.get("data")));
                return;
            }
            JsonNode result = params.get("result");
            runOnEvents(() -> {
                if (active.get()) {
                    listener.onNotification(result);
                }
            });
        }

        void resubscribe() {
            send(request.subscribeMethod(), request.params(), requestTimeout, this::registerInReader)
                    .whenComplete((result, failure) -> {
                        if (failure == null) {
                            log.info("Re-subscribed {} on {} (subscription {})", request.subscribeMethod(), url,
                                    serverId);
                        } else if (!(failure instanceof ConnectionLostException)) {
                            // a lost connection leaves it waiting for the next reconnect; anything else ends it
                            RpcException cause = failure instanceof RpcException rpc ? rpc
                                    : new RpcException(String.valueOf(failure), failure);
                            end(new RpcException("re-subscribing " + request.subscribeMethod() + " on " + url
                                    + " failed: " + cause.getMessage(), cause));
                        }
                    });
        }

        void deactivate() {
            active.set(false);
            subscriptions.remove(this);
            String id = serverId;
            if (id != null) {
                routes.remove(id, this);
            }
        }

        void end(RpcException cause) {
            end(cause, active.get());
        }

        private void end(RpcException cause, boolean wasActive) {
            deactivate();
            if (wasActive) {
                runOnEvents(() -> listener.onEnd(cause));
            }
        }

        private void runOnEvents(Runnable task) {
            Runnable guarded = () -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.warn("A listener of {} on {} threw", request.notificationMethod(), url, e);
                }
            };
            try {
                events.execute(guarded);
            } catch (RejectedExecutionException e) {
                log.debug("Dropping a {} event after close", request.notificationMethod());
            }
        }

        @Override
        public String id() {
            return serverId;
        }

        @Override
        public boolean isActive() {
            return active.get();
        }

        @Override
        public CompletableFuture<Boolean> unsubscribe() {
            boolean wasActive = active.getAndSet(false);
            String id = serverId;
            deactivate();
            if (!wasActive || id == null || !isConnected()) {
                return CompletableFuture.completedFuture(true);
            }
            return send(request.unsubscribeMethod(), List.of(id), requestTimeout, null)
                    .thenApply(JsonNode::asBoolean);
        }

        @Override
        public String toString() {
            return request.subscribeMethod() + "[" + serverId + "]";
        }
    }

    /** Options; everything has a default except the URL. */
    public static final class Builder {
        private final URI url;
        private ObjectMapper mapper = new ObjectMapper();
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration pingInterval = DEFAULT_PING_INTERVAL;
        private Duration closeTimeout = DEFAULT_CLOSE_TIMEOUT;
        private ReconnectPolicy reconnectPolicy = ReconnectPolicy.DEFAULT;
        private long maxMessageBytes = DEFAULT_MAX_MESSAGE_BYTES;
        private SSLSocketFactory sslSocketFactory;
        private X509TrustManager trustManager;

        private Builder(URI url) {
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("ws") && !scheme.equals("wss")) {
                throw new IllegalArgumentException("JSON-RPC endpoint " + url
                        + " is not a WebSocket URL: use ws://host:port or wss://host:port");
            }
            this.url = url;
        }

        public Builder mapper(ObjectMapper mapper) {
            this.mapper = Objects.requireNonNull(mapper);
            return this;
        }

        /** Default per-call timeout (30 s). */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "request timeout");
            return this;
        }

        /** TCP connect + WebSocket handshake (10 s). */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connect timeout");
            return this;
        }

        /** WebSocket ping interval (20 s); a missing pong counts as a lost connection. Zero disables pings. */
        public Builder pingInterval(Duration interval) {
            this.pingInterval = Objects.requireNonNull(interval);
            return this;
        }

        /** How long close() waits for the node's close frame and for threads to stop (2 s). */
        public Builder closeTimeout(Duration timeout) {
            this.closeTimeout = positive(timeout, "close timeout");
            return this;
        }

        public Builder reconnectPolicy(ReconnectPolicy policy) {
            this.reconnectPolicy = Objects.requireNonNull(policy);
            return this;
        }

        /**
         * TLS for wss:// with another trust than the JVM's default (a private node with its own CA). The default
         * trusts the public CAs, which is what the opentensor entrypoints need.
         */
        public Builder tls(SSLSocketFactory sslSocketFactory, X509TrustManager trustManager) {
            this.sslSocketFactory = Objects.requireNonNull(sslSocketFactory);
            this.trustManager = Objects.requireNonNull(trustManager);
            return this;
        }

        /** Largest message accepted from the node (16 MiB; metadata is ~300 KB). */
        public Builder maxMessageBytes(long bytes) {
            if (bytes < 1024) {
                throw new IllegalArgumentException("max message bytes must be at least 1024, got " + bytes);
            }
            this.maxMessageBytes = bytes;
            return this;
        }

        /**
         * Opens the connection and waits for the handshake.
         *
         * @throws ConnectionLostException when the first connection cannot be made (no retry: the caller decides)
         */
        public JsonRpcClient connect() {
            JsonRpcClient client = new JsonRpcClient(this, true);
            client.start();
            client.awaitFirstConnection();
            return client;
        }

        /**
         * Starts connecting and returns at once; a failed first attempt is retried like a dropped connection (for a
         * miner that must come up while the chain endpoint is briefly away). Calls fail with
         * {@link ConnectionLostException} until connected: see {@link JsonRpcClient#awaitConnected(Duration)}.
         */
        public JsonRpcClient start() {
            JsonRpcClient client = new JsonRpcClient(this, false);
            client.start();
            return client;
        }

        private static Duration positive(Duration duration, String what) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(what + " must be positive, got " + duration);
            }
            return duration;
        }
    }
}
