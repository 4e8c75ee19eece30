package io.logicminer.subtensor.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javax.net.ServerSocketFactory;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A Substrate node stand-in for tests: a real WebSocket server (MockWebServer) on an ephemeral port answering JSON-RPC
 * 2.0 from scripted handlers, with the node's real message shapes (jsonrpsee-style random string subscription ids,
 * {@code {"code":-32601,"message":"Method not found"}} for unknown methods, headers and runtime versions as Subtensor
 * sends them: see the JSON files next to this class).
 *
 * <p>Out of the box it answers chain_getFinalizedHead, chain_getHeader, chain_getBlockHash (0 → finney's genesis),
 * state_getRuntimeVersion, system_chain, system_properties, system_accountNextIndex, chain_subscribeFinalizedHeads /
 * chain_unsubscribeFinalizedHeads (heads are pushed with {@link #pushFinalizedHead}), and
 * author_submitAndWatchExtrinsic / author_unwatchExtrinsic (each submission plays the script set with
 * {@link #scriptExtrinsicStatuses}, by default ready → inBlock → finalized). Anything can be overridden with
 * {@link #on}, {@link #answer}, {@link #fail}, {@link #neverAnswer}. It can drop every connection, and stop and
 * restart on the same port.
 *
 * <p>Published in this module's test-jar: depend on {@code logicminer-subtensor} with {@code <type>test-jar</type>}
 * and {@code <scope>test</scope>}, plus {@code mockwebserver} (test), to use it from other modules.
 */
public final class FakeSubstrateNode implements AutoCloseable {
    public static final String FINNEY_GENESIS = "0x2f0555cc76fc2840a25a6ea3b9637146806f1f44b090c175ffde2a7e5ab36c03";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Answers one call. Return {@link Reply#later()} to answer later through {@link IncomingCall#respond}. */
    @FunctionalInterface
    public interface Handler {
        Reply handle(IncomingCall call);
    }

    /** What a handler answers. */
    public sealed interface Reply {
        static Reply result(Object value) {
            return new Result(value instanceof JsonNode node ? node : JSON.valueToTree(value));
        }

        static Reply error(int code, String message, Object data) {
            return new Error(code, message, data == null ? null : JSON.valueToTree(data));
        }

        /** No response now (the handler keeps the call and may respond later, or never). */
        static Reply later() {
            return Later.INSTANCE;
        }
    }

    public record Result(JsonNode value) implements Reply {
    }

    public record Error(int code, String message, JsonNode data) implements Reply {
    }

    private enum Later implements Reply {
        INSTANCE
    }

    /** One request as the node received it. */
    public static final class IncomingCall {
        private final Session session;
        private final JsonNode id;
        private final String method;
        private final JsonNode params;

        IncomingCall(Session session, JsonNode id, String method, JsonNode params) {
            this.session = session;
            this.id = id;
            this.method = method;
            this.params = params;
        }

        public String method() {
            return method;
        }

        public JsonNode params() {
            return params;
        }

        public JsonNode id() {
            return id;
        }

        public Session session() {
            return session;
        }

        public void respond(Reply reply) {
            session.reply(id, reply);
        }
    }

    /** One client connection. */
    public final class Session {
        private final WebSocket socket;
        /** subscription id → notification method */
        private final Map<String, String> subscriptions = new ConcurrentHashMap<>();

        Session(WebSocket socket) {
            this.socket = socket;
        }

        void reply(JsonNode id, Reply reply) {
            ObjectNode message = NODES.objectNode();
            message.put("jsonrpc", "2.0");
            if (reply instanceof Result result) {
                message.set("result", result.value());
            } else if (reply instanceof Error error) {
                ObjectNode object = message.putObject("error");
                object.put("code", error.code());
                object.put("message", error.message());
                if (error.data() != null) {
                    object.set("data", error.data());
                }
            } else {
                return;
            }
            message.set("id", id);
            send(message);
        }

        /** Opens a subscription on this connection; returns its id. */
        public String openSubscription(String notificationMethod) {
            String id = nextSubscriptionId();
            subscriptions.put(id, notificationMethod);
            return id;
        }

        public boolean closeSubscription(String id) {
            return subscriptions.remove(id) != null;
        }

        /** Sends {@code {"jsonrpc":"2.0","method":..,"params":{"subscription":id,"result":..}}}. */
        public void notify(String method, String subscriptionId, JsonNode result) {
            ObjectNode message = NODES.objectNode();
            message.put("jsonrpc", "2.0");
            message.put("method", method);
            ObjectNode params = message.putObject("params");
            params.put("subscription", subscriptionId);
            params.set("result", result);
            send(message);
        }

        public void send(JsonNode message) {
            socket.send(message.toString());
        }

        public void sendText(String text) {
            socket.send(text);
        }
    }

    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final Set<Session> sessions = ConcurrentHashMap.newKeySet();
    /** Server-side sockets, to drop them abruptly (OkHttp's server-side WebSocket cannot cancel itself). */
    private final Set<Socket> accepted = ConcurrentHashMap.newKeySet();
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final List<Integer> closeCodes = new CopyOnWriteArrayList<>();
    private final Random ids = new Random(35);
    private volatile List<JsonNode> extrinsicScript;
    private volatile boolean notifyBeforeResponse;
    private volatile JsonNode latestHeader;
    private final SSLContext tls;
    private MockWebServer server;
    private int port;

    private FakeSubstrateNode(SSLContext tls) {
        this.tls = tls;
        latestHeader = resource("finalized-header.json");
        JsonNode finalizedHash = NODES.textNode("0x511948e96e1d479d0a92d89bb976638780f2c65a93a5d5be710f22ee15c60200");
        answer("chain_getFinalizedHead", finalizedHash);
        on("chain_getHeader", call -> Reply.result(latestHeader));
        on("chain_getBlockHash", call -> {
            long number = call.params().path(0).asLong(-1);
            if (number == 0) {
                return Reply.result(FINNEY_GENESIS);
            }
            long head = BlockHeader.blockNumber(latestHeader.get("number"), "header number");
            return number >= 0 && number <= head ? Reply.result(hashOf("block-" + number)) : Reply.result(null);
        });
        answer("state_getRuntimeVersion", resource("runtime-version.json"));
        answer("system_chain", "Bittensor");
        answer("system_properties", resource("system-properties.json"));
        answer("system_accountNextIndex", 0);
        on("chain_subscribeFinalizedHeads", call -> {
            String id = call.session().openSubscription("chain_finalizedHead");
            call.respond(Reply.result(id));
            call.session().notify("chain_finalizedHead", id, latestHeader);
            return Reply.later();
        });
        on("chain_unsubscribeFinalizedHeads",
                call -> Reply.result(call.session().closeSubscription(call.params().path(0).asText())));
        on("author_submitAndWatchExtrinsic", this::submitAndWatch);
        on("author_unwatchExtrinsic",
                call -> Reply.result(call.session().closeSubscription(call.params().path(0).asText())));
        scriptExtrinsicStatuses(List.of(
                NODES.textNode("ready"),
                NODES.objectNode().put("inBlock", hashOf("block-8867449")),
                NODES.objectNode().put("finalized", hashOf("block-8867449"))));
    }

    /** Starts on an ephemeral port on 127.0.0.1. */
    public static FakeSubstrateNode start() {
        FakeSubstrateNode node = new FakeSubstrateNode(null);
        node.startServer(0);
        return node;
    }

    /**
     * Starts serving wss:// with a self-signed certificate for 127.0.0.1 (see {@link #clientTls()} for the client's
     * side), like the public entrypoints do.
     */
    public static FakeSubstrateNode startTls() {
        FakeSubstrateNode node = new FakeSubstrateNode(serverTls());
        node.startServer(0);
        return node;
    }

    /** The TLS material in fake-node-tls.p12 (password "fake-node"), self-signed for IP 127.0.0.1. */
    private static KeyStore keyStore() {
        try (InputStream in = FakeSubstrateNode.class.getResourceAsStream("fake-node-tls.p12")) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, "fake-node".toCharArray());
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load fake-node-tls.p12", e);
        }
    }

    private static SSLContext serverTls() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore(), "fake-node".toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A trust manager that trusts the fake node's certificate (and nothing else). */
    public static X509TrustManager clientTrust() {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(keyStore());
            return (X509TrustManager) trust.getTrustManagers()[0];
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An SSL socket factory for clients, trusting {@link #clientTrust()}. */
    public static SSLSocketFactory clientTls() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {clientTrust()}, null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return port;
    }

    /** {@code ws://127.0.0.1:<port>}, or {@code wss://} when started with {@link #startTls()}. */
    public URI url() {
        return URI.create((tls == null ? "ws" : "wss") + "://127.0.0.1:" + port);
    }

    // ---------------------------------------------------------------- scripting

    public FakeSubstrateNode on(String method, Handler handler) {
        handlers.put(method, handler);
        return this;
    }

    public FakeSubstrateNode answer(String method, Object result) {
        Reply reply = Reply.result(result);
        return on(method, call -> reply);
    }

    /** E.g. {@code fail("author_submitExtrinsic", 1010, "Invalid Transaction", "Custom error: 12")}. */
    public FakeSubstrateNode fail(String method, int code, String message, Object data) {
        Reply reply = Reply.error(code, message, data);
        return on(method, call -> reply);
    }

    /** Receives the call and never answers. */
    public FakeSubstrateNode neverAnswer(String method) {
        return on(method, call -> Reply.later());
    }

    /** Makes {@code method} unknown: the node answers -32601 Method not found. */
    public FakeSubstrateNode remove(String method) {
        handlers.remove(method);
        return this;
    }

    /** The statuses each author_submitAndWatchExtrinsic plays, as JSON (strings or single-key objects). */
    public FakeSubstrateNode scriptExtrinsicStatuses(List<JsonNode> statuses) {
        this.extrinsicScript = List.copyOf(statuses);
        return this;
    }

    /** Sends a subscription's first notification before the subscribe call's response (a race real nodes allow). */
    public FakeSubstrateNode notifyBeforeResponse(boolean value) {
        this.notifyBeforeResponse = value;
        return this;
    }

    /** Sets the latest header and sends it to every finalized-heads subscription; returns how many got it. */
    public int pushFinalizedHead(JsonNode header) {
        latestHeader = header;
        int sent = 0;
        for (Session session : sessions) {
            for (Map.Entry<String, String> subscription : session.subscriptions.entrySet()) {
                if (subscription.getValue().equals("chain_finalizedHead")) {
                    session.notify("chain_finalizedHead", subscription.getKey(), header);
                    sent++;
                }
            }
        }
        return sent;
    }

    /** Sends raw text to every connection (for malformed-message tests). */
    public void sendRaw(String text) {
        for (Session session : sessions) {
            session.sendText(text);
        }
    }

    /** A copy of the fixture header with another number and parent (to push a sequence of heads). */
    public static JsonNode header(long number) {
        ObjectNode header = resource("finalized-header.json").deepCopy();
        header.put("number", "0x" + Long.toHexString(number));
        header.put("parentHash", hashOf("block-" + (number - 1)));
        return header;
    }

    /** How many subscriptions with this notification method are open on all connections. */
    public int openSubscriptions(String notificationMethod) {
        int count = 0;
        for (Session session : sessions) {
            for (String method : session.subscriptions.values()) {
                if (method.equals(notificationMethod)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Every request received, in order, across connections. */
    public List<JsonNode> received() {
        return List.copyOf(received);
    }

    public long calls(String method) {
        return received.stream().filter(r -> method.equals(r.path("method").asText())).count();
    }

    /** Close codes of the close frames clients sent, in order (an abrupt drop sends none). */
    public List<Integer> closeCodesReceived() {
        return List.copyOf(closeCodes);
    }

    public int connections() {
        return sessions.size();
    }

    /** Polls {@code condition} until true or the bound passes (a hang guard for tests, not a timing assertion). */
    public static void await(BooleanSupplier condition, Duration bound, String what) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what);
            }
        }
    }

    // ---------------------------------------------------------------- connection control

    /** Drops every connection without a close frame (like a node that died or a network cut). */
    public void dropConnections() {
        for (Socket socket : accepted) {
            try {
                socket.close();
            } catch (IOException e) {
                // already gone
            }
        }
        accepted.clear();
        sessions.clear();
    }

    /** Closes every connection with a close frame from the node side. */
    public void closeConnections(int code, String reason) {
        for (Session session : sessions) {
            session.socket.close(code, reason);
        }
        sessions.clear();
    }

    /** Stops listening and drops every connection; {@link #restart()} listens again on the same port. */
    public synchronized void stop() {
        dropConnections();
        if (server != null) {
            try {
                server.shutdown();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = null;
        }
    }

    public synchronized void restart() {
        stop();
        startServer(port);
    }

    @Override
    public void close() {
        stop();
    }

    // ---------------------------------------------------------------- internals

    private synchronized void startServer(int requestedPort) {
        MockWebServer fresh = new MockWebServer();
        fresh.setServerSocketFactory(new ServerSocketFactory() {
            @Override
            public ServerSocket createServerSocket() throws IOException {
                return new ServerSocket() {
                    @Override
                    public void setReuseAddress(boolean on) throws java.net.SocketException {
                        // MockWebServer turns it off for an ephemeral port; restart() must rebind that port while
                        // the dropped connections sit in TIME_WAIT, which Linux allows only if they had it too.
                        super.setReuseAddress(true);
                    }

                    @Override
                    public Socket accept() throws IOException {
                        Socket socket = super.accept();
                        accepted.add(socket);
                        return socket;
                    }
                };
            }

            @Override
            public ServerSocket createServerSocket(int port) throws IOException {
                throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
            }

            @Override
            public ServerSocket createServerSocket(int port, int backlog) throws IOException {
                throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
            }

            @Override
            public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
                throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
            }
        });
        if (tls != null) {
            fresh.useHttps(tls.getSocketFactory(), false);
        }
        fresh.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse().withWebSocketUpgrade(new ServerListener());
            }
        });
        try {
            fresh.start(InetAddress.getByName("127.0.0.1"), requestedPort);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fake node on port " + requestedPort, e);
        }
        server = fresh;
        port = fresh.getPort();
    }

    private Reply submitAndWatch(IncomingCall call) {
        String id = call.session().openSubscription("author_extrinsicUpdate");
        List<JsonNode> script = extrinsicScript;
        int first = 0;
        if (notifyBeforeResponse && !script.isEmpty()) {
            call.session().notify("author_extrinsicUpdate", id, script.get(0));
            first = 1;
        }
        call.respond(Reply.result(id));
        for (int i = first; i < script.size(); i++) {
            if (!call.session().subscriptions.containsKey(id)) {
                break; // unwatched
            }
            call.session().notify("author_extrinsicUpdate", id, script.get(i));
        }
        return Reply.later();
    }

    private void onRequest(Session session, String text) {
        JsonNode request;
        try {
            request = JSON.readTree(text);
        } catch (IOException e) {
            session.reply(NullNode.instance, Reply.error(-32700, "Parse error", null));
            return;
        }
        received.add(request);
        JsonNode id = request.path("id");
        String method = request.path("method").asText();
        JsonNode params = request.has("params") ? request.get("params") : NODES.arrayNode();
        Handler handler = handlers.get(method);
        if (handler == null) {
            session.reply(id, Reply.error(-32601, "Method not found", null));
            return;
        }
        IncomingCall call = new IncomingCall(session, id, method, params);
        session.reply(id, handler.handle(call));
    }

    private String nextSubscriptionId() {
        // jsonrpsee's RandomStringIdProvider: 16 alphanumeric characters
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder id = new StringBuilder(16);
        synchronized (ids) {
            for (int i = 0; i < 16; i++) {
                id.append(alphabet.charAt(ids.nextInt(alphabet.length())));
            }
        }
        return id.toString();
    }

    static String hashOf(String seed) {
        byte[] digest = new byte[32];
        new Random(seed.hashCode()).nextBytes(digest);
        return H256.of(digest).hex();
    }

    static JsonNode resource(String name) {
        try (InputStream in = FakeSubstrateNode.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name + " next to FakeSubstrateNode");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ArrayNode array(Object... values) {
        ArrayNode array = NODES.arrayNode();
        for (Object value : values) {
            array.add(JSON.<JsonNode>valueToTree(value));
        }
        return array;
    }

    private final class ServerListener extends WebSocketListener {
        private Session session;

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            session = new Session(webSocket);
            sessions.add(session);
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            onRequest(session, text);
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            closeCodes.add(code);
            webSocket.close(1000, null);
            sessions.remove(session);
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
            sessions.remove(session);
        }
    }
}
