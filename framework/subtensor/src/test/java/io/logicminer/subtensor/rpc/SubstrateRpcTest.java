package io.logicminer.subtensor.rpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.logicminer.subtensor.rpc.FakeSubstrateNode.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubstrateRpcTest {
    static final Duration BOUND = JsonRpcClientTest.BOUND;
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    FakeSubstrateNode node;
    JsonRpcClient client;
    SubstrateRpc rpc;

    @BeforeEach
    void start() {
        node = FakeSubstrateNode.start();
        client = JsonRpcClient.builder(node.url()).reconnectPolicy(JsonRpcClientTest.FAST).requestTimeout(BOUND)
                .connect();
        rpc = new SubstrateRpc(client);
    }

    @AfterEach
    void stop() {
        client.close();
        node.close();
    }

    JsonNode lastRequest(String method) {
        List<JsonNode> requests = node.received();
        for (int i = requests.size() - 1; i >= 0; i--) {
            if (requests.get(i).path("method").asText().equals(method)) {
                return requests.get(i);
            }
        }
        throw new AssertionError("the node never received " + method);
    }

    @Test
    void chainQueriesReadTheNodesShapes() {
        H256 finalized = rpc.finalizedHead();
        assertEquals("0x511948e96e1d479d0a92d89bb976638780f2c65a93a5d5be710f22ee15c60200", finalized.hex());

        BlockHeader header = rpc.header(finalized);
        assertEquals(8_867_448, header.number());
        assertEquals(finalized.hex(), lastRequest("chain_getHeader").path("params").path(0).asText());
        assertEquals(2, header.digestLogs().size());
        assertTrue(header.digestLogs().get(0).startsWith("0x0661757261"), "aura pre-runtime digest");
        assertEquals(32, header.parentHash().bytes().length);

        assertEquals(FakeSubstrateNode.FINNEY_GENESIS, rpc.genesisHash().hex());
        assertEquals(0, lastRequest("chain_getBlockHash").path("params").path(0).asInt());
        assertEquals(Optional.empty(), rpc.blockHash(99_999_999));
        assertEquals("Bittensor", rpc.systemChain());
    }

    @Test
    void runtimeVersionAndChainProperties() {
        RuntimeVersion version = rpc.runtimeVersion();
        assertEquals("node-subtensor", version.specName());
        assertEquals(331, version.specVersion());
        assertEquals(1, version.transactionVersion());
        assertEquals(5L, version.apis().get("0xdf6acb689907609b"), "Core v5");
        assertEquals(1L, version.apis().get("0x806df4ccaa9ed485"), "NeuronInfoRuntimeApi");

        rpc.runtimeVersion(new H256(FakeSubstrateNode.FINNEY_GENESIS));
        assertEquals(FakeSubstrateNode.FINNEY_GENESIS,
                lastRequest("state_getRuntimeVersion").path("params").path(0).asText());

        ChainProperties properties = rpc.systemProperties();
        assertEquals(42, properties.ss58Format().orElseThrow());
        assertEquals(List.of(9), properties.tokenDecimals());
        assertEquals(List.of("TAO"), properties.tokenSymbols());
    }

    @Test
    void stateCallSendsHexAndReturnsBytes() {
        node.on("state_call", call -> Reply.result(call.params().path(0).asText().equals(
                "NeuronInfoRuntimeApi_get_neurons_lite") ? "0x0401ff" : "0x"));
        byte[] result = rpc.stateCall("NeuronInfoRuntimeApi_get_neurons_lite", new byte[] {0x23, 0x00}, null);
        assertArrayEquals(new byte[] {0x04, 0x01, (byte) 0xff}, result);
        JsonNode params = lastRequest("state_call").path("params");
        assertEquals(2, params.size(), "no block hash param when at is null: " + params);
        assertEquals("0x2300", params.path(1).asText());

        H256 at = new H256(FakeSubstrateNode.FINNEY_GENESIS);
        rpc.stateCall("NeuronInfoRuntimeApi_get_neurons_lite", new byte[] {0x23, 0x00}, at);
        assertEquals(at.hex(), lastRequest("state_call").path("params").path(2).asText());
    }

    @Test
    void storageIsEmptyForNullAndBytesOtherwise() {
        node.on("state_getStorage", call -> Reply.result(
                call.params().path(0).asText().equals("0x26aa") ? "0x2a00000000000000" : null));
        assertArrayEquals(HexFormat.of().parseHex("2a00000000000000"), rpc.storage(new byte[] {0x26, (byte) 0xaa},
                null).orElseThrow());
        assertEquals(Optional.empty(), rpc.storage(new byte[] {0x01}, null));
    }

    @Test
    void metadataOfFinneySizeComesBackAsBytes() {
        byte[] metadata = new byte[314_898];
        metadata[0] = 'm';
        metadata[1] = 'e';
        metadata[2] = 't';
        metadata[3] = 'a';
        metadata[4] = 0x10;
        node.answer("state_getMetadata", "0x" + HexFormat.of().formatHex(metadata));
        assertArrayEquals(metadata, rpc.metadata(null));
    }

    @Test
    void badHexFromTheNodeIsAClearError() {
        node.answer("state_call", "not hex");
        RpcException error = assertThrows(RpcException.class, () -> rpc.stateCall("X_y", new byte[0], null));
        assertTrue(error.getMessage().contains("state_call X_y result"), error.getMessage());
    }

    @Test
    void accountNextIndexPassesTheAddress() {
        node.on("system_accountNextIndex", call -> Reply.result(
                call.params().path(0).asText().equals("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY") ? 17 : 0));
        assertEquals(17, rpc.accountNextIndex("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"));
    }

    @Test
    void submitExtrinsicReturnsItsHashOrTheRejection() {
        String hash = FakeSubstrateNode.hashOf("xt");
        node.answer("author_submitExtrinsic", hash);
        assertEquals(hash, rpc.submitExtrinsic(new byte[] {0x01, 0x02}).hex());
        assertEquals("0x0102", lastRequest("author_submitExtrinsic").path("params").path(0).asText());

        node.fail("author_submitExtrinsic", 1010, "Invalid Transaction", "Custom error: 12");
        JsonRpcErrorException rejected = assertThrows(JsonRpcErrorException.class,
                () -> rpc.submitExtrinsic(new byte[] {0x01}));
        assertEquals(1010, rejected.code());
        assertEquals("Custom error: 12", rejected.dataText());
    }

    @Test
    void submitAndWatchReportsReadyInBlockFinalized() throws Exception {
        List<ExtrinsicStatus> seen = Collections.synchronizedList(new ArrayList<>());
        ExtrinsicWatch watch = rpc.submitAndWatchExtrinsic(new byte[] {0x04, 0x05}, seen::add);

        ExtrinsicStatus outcome = watch.outcome().get(BOUND.toSeconds(), TimeUnit.SECONDS);
        assertTrue(outcome.isFinalized());
        assertEquals(FakeSubstrateNode.hashOf("block-8867449"), outcome.hash().orElseThrow().hex());
        assertEquals(List.of(ExtrinsicStatus.Kind.READY, ExtrinsicStatus.Kind.IN_BLOCK,
                ExtrinsicStatus.Kind.FINALIZED), seen.stream().map(ExtrinsicStatus::kind).toList());
        assertEquals("0x0405", lastRequest("author_submitAndWatchExtrinsic").path("params").path(0).asText());
    }

    @Test
    void submitAndWatchEndsOnInvalidOrDropped() throws Exception {
        for (String terminal : List.of("invalid", "dropped")) {
            node.scriptExtrinsicStatuses(List.of(NODES.textNode("future"), NODES.textNode(terminal)));
            ExtrinsicWatch watch = rpc.submitAndWatchExtrinsic(new byte[] {0x01}, status -> { });
            ExtrinsicStatus outcome = watch.outcome().get(BOUND.toSeconds(), TimeUnit.SECONDS);
            assertEquals(terminal, outcome.kind().wireName());
            assertFalse(outcome.isFinalized());
        }
    }

    @Test
    void submitAndWatchKeepsGoingThroughRetractionAndReportsBroadcastPeers() throws Exception {
        String first = FakeSubstrateNode.hashOf("fork-a");
        String second = FakeSubstrateNode.hashOf("fork-b");
        node.scriptExtrinsicStatuses(List.of(
                NODES.textNode("ready"),
                NODES.objectNode().set("broadcast", FakeSubstrateNode.array(
                        "12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp")),
                NODES.objectNode().put("inBlock", first),
                NODES.objectNode().put("retracted", first),
                NODES.objectNode().put("inBlock", second),
                NODES.objectNode().put("finalized", second)));
        List<ExtrinsicStatus> seen = Collections.synchronizedList(new ArrayList<>());
        ExtrinsicStatus outcome = rpc.submitAndWatchExtrinsic(new byte[] {0x01}, seen::add).outcome()
                .get(BOUND.toSeconds(), TimeUnit.SECONDS);
        assertEquals(second, outcome.hash().orElseThrow().hex());
        assertEquals(6, seen.size());
        assertEquals(List.of("12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp"), seen.get(1).peers());
    }

    @Test
    void aPoolRejectionOfTheWatchIsThrownAtSubmit() {
        node.fail("author_submitAndWatchExtrinsic", 1010, "Invalid Transaction", "Custom error: 12");
        JsonRpcErrorException rejected = assertThrows(JsonRpcErrorException.class,
                () -> rpc.submitAndWatchExtrinsic(new byte[] {0x01}, status -> { }));
        assertEquals(1010, rejected.code());
        assertEquals("Invalid Transaction", rejected.rpcMessage());
    }

    @Test
    void aWatchCutByAConnectionLossFailsAndIsNotResumed() throws Exception {
        node.scriptExtrinsicStatuses(List.of(NODES.textNode("ready")));
        BlockingQueue<ExtrinsicStatus> seen = new LinkedBlockingQueue<>();
        ExtrinsicWatch watch = rpc.submitAndWatchExtrinsic(new byte[] {0x01}, seen::add);
        assertEquals(ExtrinsicStatus.Kind.READY, seen.poll(BOUND.toSeconds(), TimeUnit.SECONDS).kind());

        node.dropConnections();

        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> watch.outcome().get(BOUND.toSeconds(), TimeUnit.SECONDS));
        assertInstanceOf(ConnectionLostException.class, failed.getCause());
        assertTrue(failed.getCause().getMessage().contains("check the chain before resubmitting"),
                failed.getCause().getMessage());
        FakeSubstrateNode.await(client::isConnected, BOUND, "the client to reconnect");
        assertEquals(1, node.calls("author_submitAndWatchExtrinsic"), "a watch must never be resubmitted");
    }

    @Test
    void unwatchTellsTheNode() throws Exception {
        node.scriptExtrinsicStatuses(List.of(NODES.textNode("ready")));
        ExtrinsicWatch watch = rpc.submitAndWatchExtrinsic(new byte[] {0x01}, status -> { });
        assertTrue(watch.unwatch().get(BOUND.toSeconds(), TimeUnit.SECONDS));
        assertEquals(0, node.openSubscriptions("author_extrinsicUpdate"));
        assertTrue(watch.outcome().isCompletedExceptionally());
    }

    @Test
    void finalizedHeadsAreTypedHeaders() throws Exception {
        BlockingQueue<BlockHeader> heads = new LinkedBlockingQueue<>();
        Subscription subscription = rpc.subscribeFinalizedHeads(heads::add, null);
        assertEquals(8_867_448, heads.poll(BOUND.toSeconds(), TimeUnit.SECONDS).number());
        node.pushFinalizedHead(FakeSubstrateNode.header(8_867_449));
        BlockHeader next = heads.poll(BOUND.toSeconds(), TimeUnit.SECONDS);
        assertEquals(8_867_449, next.number());
        assertEquals(FakeSubstrateNode.hashOf("block-8867448"), next.parentHash().hex());
        assertTrue(subscription.unsubscribe().get(BOUND.toSeconds(), TimeUnit.SECONDS));
    }
}
