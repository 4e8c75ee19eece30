package io.logicminer.subtensor.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.logicminer.subtensor.rpc.FakeSubstrateNode.IncomingCall;
import io.logicminer.subtensor.rpc.FakeSubstrateNode.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JsonRpcClientTest {
    /** Hang guard only; nothing here asserts on time. */
    static final Duration BOUND = Duration.ofSeconds(10);
    static final ReconnectPolicy FAST = new ReconnectPolicy(Duration.ofMillis(10), Duration.ofMillis(100), 2.0, 0.0);

    FakeSubstrateNode node;
    JsonRpcClient client;

    @BeforeEach
    void start() {
        node = FakeSubstrateNode.start();
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        node.close();
    }

    JsonRpcClient connect() {
        return connect(JsonRpcClient.builder(node.url()));
    }

    JsonRpcClient connect(JsonRpcClient.Builder builder) {
        client = builder.reconnectPolicy(FAST).requestTimeout(BOUND).connect();
        return client;
    }

    static <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(BOUND.toSeconds(), TimeUnit.SECONDS);
    }

    static Throwable failure(CompletableFuture<?> future) throws InterruptedException {
        try {
            future.get(BOUND.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("future did not complete", e);
        }
        throw new AssertionError("expected a failure, got a result");
    }

    @Test
    void concurrentCallsAreCorrelatedByIdEvenWhenAnsweredInReverseOrder() throws Exception {
        int calls = 32;
        List<IncomingCall> held = Collections.synchronizedList(new ArrayList<>());
        node.on("test_echo", call -> {
            held.add(call);
            if (held.size() == calls) {
                List<IncomingCall> reversed = new ArrayList<>(held);
                Collections.reverse(reversed);
                reversed.forEach(c -> c.respond(Reply.result(c.params().get(0))));
            }
            return Reply.later();
        });
        connect();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<CompletableFuture<JsonNode>>> results = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                String payload = "payload-" + i;
                results.add(callers.submit(() -> client.callAsync("test_echo", List.of(payload))));
            }
            for (int i = 0; i < calls; i++) {
                JsonNode result = get(results.get(i).get(BOUND.toSeconds(), TimeUnit.SECONDS));
                assertEquals("payload-" + i, result.asText());
            }
        } finally {
            callers.shutdownNow();
        }
        assertEquals(calls, node.calls("test_echo"));
        JsonNode request = node.received().get(0);
        assertEquals("2.0", request.path("jsonrpc").asText());
        assertTrue(request.path("params").isArray());
    }

    @Test
    void aCallWithNoAnswerTimesOutAloneAndItsLateAnswerIsDropped() throws Exception {
        List<IncomingCall> held = Collections.synchronizedList(new ArrayList<>());
        node.on("state_getStorage", call -> {
            held.add(call);
            return Reply.later();
        });
        connect();

        RpcTimeoutException timeout = assertThrows(RpcTimeoutException.class,
                () -> client.call("state_getStorage", List.of("0x26aa"), Duration.ofMillis(100)));
        assertTrue(timeout.getMessage().contains("state_getStorage"), timeout.getMessage());
        assertTrue(timeout.getMessage().contains(node.url().toString()), timeout.getMessage());

        held.get(0).respond(Reply.result("0x01")); // too late: must not confuse the next call
        assertEquals("Bittensor", client.call("system_chain", List.of()).asText());
        assertTrue(client.isConnected());
    }

    @Test
    void errorObjectsBecomeExceptionsWithCodeMessageAndData() {
        node.fail("author_submitExtrinsic", 1010, "Invalid Transaction", "Custom error: 12");
        connect();

        JsonRpcErrorException invalid = assertThrows(JsonRpcErrorException.class,
                () -> client.call("author_submitExtrinsic", List.of("0x00")));
        assertEquals(1010, invalid.code());
        assertEquals("Invalid Transaction", invalid.rpcMessage());
        assertEquals("Custom error: 12", invalid.dataText());
        assertEquals("author_submitExtrinsic", invalid.method());
        assertEquals("author_submitExtrinsic failed: 1010 Invalid Transaction (Custom error: 12)",
                invalid.getMessage());

        JsonRpcErrorException unknown = assertThrows(JsonRpcErrorException.class,
                () -> client.call("subtensor_noSuchMethod", List.of()));
        assertEquals(-32601, unknown.code());
        assertEquals("Method not found", unknown.rpcMessage());
        assertNull(unknown.data());
    }

    @Test
    void subscriptionDeliversNotificationsInOrderUntilUnsubscribed() throws Exception {
        connect();
        BlockingQueue<JsonNode> heads = new LinkedBlockingQueue<>();
        Subscription subscription = get(client.subscribe(SubstrateRpc.FINALIZED_HEADS, heads::add));
        assertEquals(16, subscription.id().length(), "jsonrpsee-style id: " + subscription.id());

        // the node sends the current head at once, then each pushed one
        assertEquals("0x874e78", heads.poll(BOUND.toSeconds(), TimeUnit.SECONDS).path("number").asText());
        for (long n = 8867449; n < 8867452; n++) {
            assertEquals(1, node.pushFinalizedHead(FakeSubstrateNode.header(n)));
        }
        for (long n = 8867449; n < 8867452; n++) {
            JsonNode head = heads.poll(BOUND.toSeconds(), TimeUnit.SECONDS);
            assertEquals(n, BlockHeader.fromJson(head).number());
        }

        assertTrue(get(subscription.unsubscribe()));
        assertFalse(subscription.isActive());
        assertEquals(0, node.openSubscriptions("chain_finalizedHead"));
        JsonNode unsubscribe = node.received().get(node.received().size() - 1);
        assertEquals("chain_unsubscribeFinalizedHeads", unsubscribe.path("method").asText());
        assertEquals(subscription.id(), unsubscribe.path("params").path(0).asText());
    }

    @Test
    void notificationsThatArriveBeforeTheSubscribeResponseAreNotLost() throws Exception {
        node.notifyBeforeResponse(true);
        connect();
        BlockingQueue<JsonNode> updates = new LinkedBlockingQueue<>();
        SubscriptionRequest watch = new SubscriptionRequest("author_submitAndWatchExtrinsic", List.of("0x00"),
                "author_extrinsicUpdate", "author_unwatchExtrinsic", false);
        get(client.subscribe(watch, updates::add));

        assertEquals(new TextNode("ready"), updates.poll(BOUND.toSeconds(), TimeUnit.SECONDS));
        assertTrue(updates.poll(BOUND.toSeconds(), TimeUnit.SECONDS).has("inBlock"));
        assertTrue(updates.poll(BOUND.toSeconds(), TimeUnit.SECONDS).has("finalized"));
    }

    @Test
    void droppedConnectionFailsCallsInFlightAndResumesFinalizedHeads() throws Exception {
        node.neverAnswer("state_call");
        connect();
        BlockingQueue<JsonNode> heads = new LinkedBlockingQueue<>();
        List<RpcException> ends = Collections.synchronizedList(new ArrayList<>());
        Subscription subscription = get(client.subscribe(SubstrateRpc.FINALIZED_HEADS, new SubscriptionListener() {
            @Override
            public void onNotification(JsonNode result) {
                heads.add(result);
            }

            @Override
            public void onEnd(RpcException cause) {
                ends.add(cause);
            }
        }));
        heads.poll(BOUND.toSeconds(), TimeUnit.SECONDS);
        String firstId = subscription.id();
        CompletableFuture<JsonNode> inFlight = client.callAsync("state_call", List.of("X", "0x"));
        FakeSubstrateNode.await(() -> node.calls("state_call") == 1, BOUND, "the call to reach the node");

        node.dropConnections();

        Throwable lost = failure(inFlight);
        assertInstanceOf(ConnectionLostException.class, lost);
        assertTrue(lost.getMessage().startsWith("connection to " + node.url() + " lost"), lost.getMessage());

        FakeSubstrateNode.await(() -> node.openSubscriptions("chain_finalizedHead") == 1, BOUND,
                "the client to reconnect and re-subscribe");
        FakeSubstrateNode.await(() -> subscription.id() != null && !subscription.id().equals(firstId), BOUND,
                "the new subscription id");
        assertEquals(8867448, BlockHeader.fromJson(heads.poll(BOUND.toSeconds(), TimeUnit.SECONDS)).number());
        node.pushFinalizedHead(FakeSubstrateNode.header(8867460));
        assertEquals(8867460, BlockHeader.fromJson(heads.poll(BOUND.toSeconds(), TimeUnit.SECONDS)).number());
        assertTrue(subscription.isActive());
        assertTrue(ends.isEmpty(), ends.toString());
        assertEquals("Bittensor", client.call("system_chain", List.of()).asText());
    }

    @Test
    void whileTheNodeIsDownCallsFailFastAndTheClientComesBackWhenItReturns() throws Exception {
        connect();
        BlockingQueue<JsonNode> heads = new LinkedBlockingQueue<>();
        get(client.subscribe(SubstrateRpc.FINALIZED_HEADS, heads::add));
        heads.poll(BOUND.toSeconds(), TimeUnit.SECONDS);

        node.stop();
        FakeSubstrateNode.await(() -> !client.isConnected(), BOUND, "the client to notice");
        ConnectionLostException notConnected = assertThrows(ConnectionLostException.class,
                () -> client.call("system_chain", List.of()));
        assertTrue(notConnected.getMessage().startsWith("not connected to " + node.url()),
                notConnected.getMessage());

        node.restart();
        FakeSubstrateNode.await(client::isConnected, BOUND, "the client to reconnect");
        assertEquals(8867448, BlockHeader.fromJson(heads.poll(BOUND.toSeconds(), TimeUnit.SECONDS)).number());
        assertEquals("Bittensor", client.call("system_chain", List.of()).asText());
    }

    @Test
    void theNodeClosingTheConnectionCountsAsLostToo() throws Exception {
        node.neverAnswer("state_call");
        connect();
        CompletableFuture<JsonNode> inFlight = client.callAsync("state_call", List.of("X", "0x"));
        FakeSubstrateNode.await(() -> node.calls("state_call") == 1, BOUND, "the call to reach the node");
        node.closeConnections(1001, "going away");
        Throwable lost = failure(inFlight);
        assertInstanceOf(ConnectionLostException.class, lost);
        assertTrue(lost.getMessage().contains("1001 going away"), lost.getMessage());
        FakeSubstrateNode.await(client::isConnected, BOUND, "the client to reconnect");
    }

    @Test
    void aMessageOverTheCapFailsTheCallsInsteadOfFillingTheHeap() throws Exception {
        node.answer("state_getMetadata", "0x" + "ab".repeat(512 * 1024)); // 1 MiB of hex
        connect(JsonRpcClient.builder(node.url()).maxMessageBytes(64 * 1024));

        Throwable tooLarge = failure(client.callAsync("state_getMetadata", List.of()));
        assertInstanceOf(MessageTooLargeException.class, tooLarge);
        assertTrue(tooLarge.getMessage().contains("65536 bytes"), tooLarge.getMessage());

        FakeSubstrateNode.await(client::isConnected, BOUND, "the client to reconnect");
        assertEquals("Bittensor", client.call("system_chain", List.of()).asText());
    }

    @Test
    void aMessageUnderTheCapOfMetadataSizeArrivesWhole() {
        String metadata = "0x6d657461" + "10" + "cd".repeat(315_000);
        node.answer("state_getMetadata", metadata);
        connect();
        assertEquals(metadata, client.call("state_getMetadata", List.of()).asText());
    }

    @Test
    void closeSendsACloseFrameFailsPendingCallsAndLeavesNoThreads() throws Exception {
        node.neverAnswer("state_call");
        connect();
        List<RpcException> ends = Collections.synchronizedList(new ArrayList<>());
        get(client.subscribe(SubstrateRpc.FINALIZED_HEADS, new SubscriptionListener() {
            @Override
            public void onNotification(JsonNode result) {
            }

            @Override
            public void onEnd(RpcException cause) {
                ends.add(cause);
            }
        }));
        CompletableFuture<JsonNode> pending = client.callAsync("state_call", List.of("X", "0x"));
        FakeSubstrateNode.await(() -> node.calls("state_call") == 1, BOUND, "the call to reach the node");
        assertFalse(client.liveThreads().isEmpty());

        client.close();

        Throwable closed = failure(pending);
        assertTrue(closed.getMessage().contains("was closed"), closed.getMessage());
        assertEquals(1, ends.size());
        assertEquals(List.of(), client.liveThreads(), "threads of the client still alive after close");
        FakeSubstrateNode.await(() -> node.connections() == 0, BOUND, "the node to see the close frame");
        assertEquals(List.of(1000), node.closeCodesReceived(), "a normal close frame, not a dropped socket");
        assertThrows(RpcException.class, () -> client.call("system_chain", List.of()));
        client.close(); // idempotent
    }

    @Test
    void closeWhileReconnectingLeavesNoThreads() {
        connect();
        node.stop();
        FakeSubstrateNode.await(() -> !client.isConnected(), BOUND, "the client to notice");
        client.close();
        assertEquals(List.of(), client.liveThreads());
    }

    @Test
    void aNodeThatIsNotThereIsAClearErrorAtConnect() {
        int port = node.port();
        node.stop();
        ConnectionLostException error = assertThrows(ConnectionLostException.class,
                () -> JsonRpcClient.builder(java.net.URI.create("ws://127.0.0.1:" + port)).connect());
        assertTrue(error.getMessage().startsWith("cannot connect to ws://127.0.0.1:" + port), error.getMessage());
    }

    @Test
    void anHttpUrlIsRejectedWithTheFix() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> JsonRpcClient.builder(java.net.URI.create("https://entrypoint-finney.opentensor.ai")));
        assertTrue(error.getMessage().contains("ws://host:port"), error.getMessage());
    }

    @Test
    void finalizedHeadsSurviveRepeatedDrops() throws Exception {
        connect();
        BlockingQueue<JsonNode> heads = new LinkedBlockingQueue<>();
        Subscription subscription = get(client.subscribe(SubstrateRpc.FINALIZED_HEADS, heads::add));
        heads.poll(BOUND.toSeconds(), TimeUnit.SECONDS);
        for (int drop = 1; drop <= 3; drop++) {
            String before = subscription.id();
            node.dropConnections();
            FakeSubstrateNode.await(() -> subscription.id() != null && !subscription.id().equals(before)
                    && node.openSubscriptions("chain_finalizedHead") == 1, BOUND, "re-subscription " + before);
            heads.poll(BOUND.toSeconds(), TimeUnit.SECONDS); // the node's current head, sent on subscribe
            long number = 8867460 + drop;
            node.pushFinalizedHead(FakeSubstrateNode.header(number));
            assertEquals(number, BlockHeader.fromJson(heads.poll(BOUND.toSeconds(), TimeUnit.SECONDS)).number());
        }
        assertEquals(4, node.calls("chain_subscribeFinalizedHeads"));
    }

    @Test
    void aSubscriptionCancelledWhileDisconnectedIsNotResumed() throws Exception {
        connect();
        Subscription subscription = get(client.subscribe(SubstrateRpc.FINALIZED_HEADS, head -> { }));
        node.stop();
        FakeSubstrateNode.await(() -> !client.isConnected(), BOUND, "the client to notice");
        assertTrue(get(subscription.unsubscribe()), "nothing to tell a node that is gone");
        node.restart();
        assertTrue(client.awaitConnected(BOUND));
        // two round trips: a re-subscription, had there been one, is sent when the connection opens, before the
        // first response is read, so the node has it before the second call
        client.call("system_chain", List.of());
        assertEquals("Bittensor", client.call("system_chain", List.of()).asText());
        assertEquals(1, node.calls("chain_subscribeFinalizedHeads"), "no re-subscription");
        assertEquals(0, node.openSubscriptions("chain_finalizedHead"));
    }

    @Test
    void malformedMessagesAreIgnoredAndTheConnectionStaysUsable() {
        connect();
        node.sendRaw("this is not json");
        node.sendRaw("[1,2,3]");
        node.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":\"not-ours\",\"result\":1}");
        node.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":987654,\"result\":1}");
        node.sendRaw("{\"jsonrpc\":\"2.0\",\"method\":\"chain_finalizedHead\",\"params\":{\"subscription\":\"nobody\","
                + "\"result\":{}}}");
        assertEquals("Bittensor", client.call("system_chain", List.of()).asText());
        assertTrue(client.isConnected());
    }

    @Test
    void aListenerMayMakeBlockingCallsOnTheSameClient() throws Exception {
        connect();
        BlockingQueue<String> chains = new LinkedBlockingQueue<>();
        get(client.subscribe(SubstrateRpc.FINALIZED_HEADS,
                head -> chains.add(client.call("system_chain", List.of()).asText())));
        assertEquals("Bittensor", chains.poll(BOUND.toSeconds(), TimeUnit.SECONDS));
    }

    @Test
    void startKeepsTryingUntilTheNodeComesUp() {
        node.stop();
        client = JsonRpcClient.builder(node.url()).reconnectPolicy(FAST).requestTimeout(BOUND).start();
        assertFalse(client.awaitConnected(Duration.ofMillis(50)), "the node is down");
        assertThrows(ConnectionLostException.class, () -> client.call("system_chain", List.of()));
        node.restart();
        assertTrue(client.awaitConnected(BOUND));
        assertEquals("Bittensor", client.call("system_chain", List.of()).asText());
    }

    @Test
    void aNodeThatStopsAnsweringPingsCountsAsLost() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        node.on("test_freeze", call -> {
            try {
                release.await(); // blocks the node's reader for this connection: no more pongs (a half-open link)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Reply.later();
        });
        try {
            connect(JsonRpcClient.builder(node.url()).pingInterval(Duration.ofMillis(100)));
            CompletableFuture<JsonNode> frozen = client.callAsync("test_freeze", List.of());
            Throwable lost = failure(frozen);
            assertInstanceOf(ConnectionLostException.class, lost);
            assertTrue(lost.getMessage().contains("pong"), lost.getMessage());
            assertTrue(client.awaitConnected(BOUND));
            assertEquals("Bittensor", client.call("system_chain", List.of()).asText());
        } finally {
            release.countDown();
        }
    }

    @Test
    void overTlsTheSizeCapStillHoldsAndReconnectWorks() throws Exception {
        node.close();
        node = FakeSubstrateNode.startTls();
        assertEquals("wss", node.url().getScheme());
        node.answer("state_getMetadata", "0x" + "ab".repeat(512 * 1024));
        connect(JsonRpcClient.builder(node.url()).maxMessageBytes(64 * 1024)
                .tls(FakeSubstrateNode.clientTls(), FakeSubstrateNode.clientTrust()));
        assertEquals("Bittensor", client.call("system_chain", List.of()).asText());

        // the guard counts the bytes under TLS, so it must fire for wss:// too
        assertInstanceOf(MessageTooLargeException.class, failure(client.callAsync("state_getMetadata", List.of())));
        assertTrue(client.awaitConnected(BOUND));
        assertEquals("Bittensor", client.call("system_chain", List.of()).asText());
    }

    @Test
    void anUntrustedCertificateIsAClearConnectError() {
        node.close();
        node = FakeSubstrateNode.startTls();
        ConnectionLostException error = assertThrows(ConnectionLostException.class,
                () -> JsonRpcClient.builder(node.url()).connect());
        assertTrue(error.getMessage().startsWith("cannot connect to " + node.url() + ": SSLHandshakeException"),
                error.getMessage());
    }

    @Test
    void aRefusedUpgradeNamesTheHttpStatus() throws Exception {
        try (okhttp3.mockwebserver.MockWebServer plainHttp = new okhttp3.mockwebserver.MockWebServer()) {
            plainHttp.enqueue(new okhttp3.mockwebserver.MockResponse().setResponseCode(503).setBody("busy"));
            plainHttp.start();
            java.net.URI url = java.net.URI.create("ws://127.0.0.1:" + plainHttp.getPort());
            ConnectionLostException error = assertThrows(ConnectionLostException.class,
                    () -> JsonRpcClient.builder(url).connect());
            assertTrue(error.getMessage().startsWith("cannot connect to " + url), error.getMessage());
            assertTrue(error.getMessage().contains("503"), error.getMessage());
        }
    }
}
