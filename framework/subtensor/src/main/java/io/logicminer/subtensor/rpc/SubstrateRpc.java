package io.logicminer.subtensor.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Typed wrappers over a Substrate node's JSON-RPC methods. Opaque payloads (storage values, runtime API results,
 * metadata, extrinsics) stay raw bytes: decoding them needs the runtime metadata and is the codec's job. Every method
 * blocks up to the timeout and throws an {@link RpcException} subclass on failure.
 */
public final class SubstrateRpc {
    public static final SubscriptionRequest FINALIZED_HEADS = new SubscriptionRequest(
            "chain_subscribeFinalizedHeads", List.of(), "chain_finalizedHead", "chain_unsubscribeFinalizedHeads", true);

    private final JsonRpcClient client;
    private final Duration timeout;

    public SubstrateRpc(JsonRpcClient client) {
        this(client, client.requestTimeout());
    }

    public SubstrateRpc(JsonRpcClient client, Duration timeout) {
        this.client = Objects.requireNonNull(client);
        this.timeout = Objects.requireNonNull(timeout);
    }

    public JsonRpcClient client() {
        return client;
    }

    /** {@code chain_getFinalizedHead}: hash of the latest finalized block. */
    public H256 finalizedHead() {
        return hash(call("chain_getFinalizedHead"), "chain_getFinalizedHead");
    }

    /** {@code chain_getHeader(hash)}. */
    public BlockHeader header(H256 block) {
        JsonNode header = call("chain_getHeader", block.hex());
        if (header.isNull()) {
            throw new RpcException("chain_getHeader: the node does not know block " + block);
        }
        return BlockHeader.fromJson(header);
    }

    /** {@code chain_getHeader()}: the best (not necessarily finalized) block's header. */
    public BlockHeader bestHeader() {
        return BlockHeader.fromJson(call("chain_getHeader"));
    }

    /** {@code chain_getBlockHash(number)}: empty when the chain is not that long yet. */
    public Optional<H256> blockHash(long number) {
        if (number < 0) {
            throw new IllegalArgumentException("block number must be >= 0, got " + number);
        }
        JsonNode hash = call("chain_getBlockHash", number);
        return hash.isNull() ? Optional.empty() : Optional.of(hash(hash, "chain_getBlockHash(" + number + ")"));
    }

    /** {@code chain_getBlockHash(0)}: identifies the chain (it goes into every signed extrinsic). */
    public H256 genesisHash() {
        return blockHash(0).orElseThrow(() -> new RpcException("the node at " + client.url() + " has no block 0"));
    }

    /** {@code state_getRuntimeVersion} at the best block. */
    public RuntimeVersion runtimeVersion() {
        return RuntimeVersion.fromJson(call("state_getRuntimeVersion"));
    }

    /** {@code state_getRuntimeVersion(at)}. */
    public RuntimeVersion runtimeVersion(H256 at) {
        return RuntimeVersion.fromJson(call("state_getRuntimeVersion", at.hex()));
    }

    /**
     * {@code state_call(method, data, at?)}: calls a runtime API, e.g. {@code NeuronInfoRuntimeApi_get_neurons_lite}
     * with the SCALE-encoded arguments; returns the SCALE-encoded result.
     *
     * @param at the block to run it at, or null for the best block
     */
    public byte[] stateCall(String method, byte[] data, H256 at) {
        JsonNode result = call("state_call", atParam(at, method, Hex.encode(data)));
        return Hex.decode(result.asText(null), "state_call " + method + " result");
    }

    /** {@code state_getStorage(key, at?)}: the raw value, empty when the key has none. */
    public Optional<byte[]> storage(byte[] key, H256 at) {
        JsonNode result = call("state_getStorage", atParam(at, Hex.encode(key)));
        return result.isNull() ? Optional.empty() : Optional.of(Hex.decode(result.asText(null), "state_getStorage result"));
    }

    /** {@code state_getMetadata(at?)}: the SCALE-encoded runtime metadata (starts with "meta"; ~300 KB on finney). */
    public byte[] metadata(H256 at) {
        return Hex.decode(call("state_getMetadata", atParam(at)).asText(null), "state_getMetadata result");
    }

    /** {@code system_accountNextIndex(ss58)}: the nonce for the account's next extrinsic, pool included. */
    public long accountNextIndex(String ss58Address) {
        JsonNode nonce = call("system_accountNextIndex", ss58Address);
        if (!nonce.canConvertToLong()) {
            throw new RpcException("system_accountNextIndex(" + ss58Address + ") returned no number: " + nonce);
        }
        return nonce.asLong();
    }

    /** {@code system_chain}: the chain's name ("Bittensor" on finney). */
    public String systemChain() {
        return call("system_chain").asText();
    }

    /** {@code system_properties}. */
    public ChainProperties systemProperties() {
        return ChainProperties.fromJson(call("system_properties"));
    }

    /** {@code author_submitExtrinsic}: puts it in the pool, returns its hash; a rejection is a 1010/1011/1012 error. */
    public H256 submitExtrinsic(byte[] extrinsic) {
        return hash(call("author_submitExtrinsic", Hex.encode(extrinsic)), "author_submitExtrinsic");
    }

    /**
     * {@code author_submitAndWatchExtrinsic}: submits and reports each status to {@code onStatus} (on the client's event
     * thread) until a terminal one. Returns once the node accepted the watch; a pool rejection (e.g. 1010 "Invalid
     * Transaction", data "Custom error: 12") throws {@link JsonRpcErrorException} here.
     */
    public ExtrinsicWatch submitAndWatchExtrinsic(byte[] extrinsic, Consumer<ExtrinsicStatus> onStatus) {
        Objects.requireNonNull(onStatus, "onStatus");
        CompletableFuture<ExtrinsicStatus> outcome = new CompletableFuture<>();
        CompletableFuture<Subscription> subscription = new CompletableFuture<>();
        SubscriptionListener listener = new SubscriptionListener() {
            @Override
            public void onNotification(JsonNode result) {
                ExtrinsicStatus status;
                try {
                    status = ExtrinsicStatus.fromJson(result);
                } catch (RpcException e) {
                    outcome.completeExceptionally(e);
                    subscription.thenAccept(client::forget);
                    return;
                }
                try {
                    onStatus.accept(status);
                } finally {
                    if (status.isTerminal()) {
                        // the node ends the watch itself after a terminal status: nothing to unsubscribe
                        subscription.thenAccept(client::forget);
                        outcome.complete(status);
                    }
                }
            }

            @Override
            public void onEnd(RpcException cause) {
                outcome.completeExceptionally(cause instanceof ConnectionLostException
                        ? new ConnectionLostException(cause.getMessage() + "; the watch of the extrinsic ended before"
                                + " a final status: it may still be included, check the chain before resubmitting",
                                cause)
                        : cause);
            }
        };
        SubscriptionRequest request = new SubscriptionRequest("author_submitAndWatchExtrinsic",
                List.of(Hex.encode(extrinsic)), "author_extrinsicUpdate", "author_unwatchExtrinsic", false);
        client.subscribe(request, listener).whenComplete((s, failure) -> {
            if (failure != null) {
                subscription.completeExceptionally(failure);
                outcome.completeExceptionally(failure);
            } else {
                subscription.complete(s);
            }
        });
        JsonRpcClient.await(subscription, timeout.plusSeconds(1), "author_submitAndWatchExtrinsic");
        return new ExtrinsicWatch() {
            @Override
            public CompletableFuture<ExtrinsicStatus> outcome() {
                return outcome;
            }

            @Override
            public CompletableFuture<Boolean> unwatch() {
                outcome.completeExceptionally(new RpcException("stopped watching the extrinsic (unwatch)"));
                return subscription.thenCompose(Subscription::unsubscribe);
            }
        };
    }

    /**
     * {@code chain_subscribeFinalizedHeads}: each finalized header goes to {@code onHead} (on the client's event
     * thread). The subscription is re-established after a reconnect, so heads finalized while disconnected are skipped
     * (watch the block numbers if that matters); {@code onEnd} hears when it ends for good.
     */
    public Subscription subscribeFinalizedHeads(Consumer<BlockHeader> onHead, Consumer<RpcException> onEnd) {
        Objects.requireNonNull(onHead, "onHead");
        SubscriptionListener listener = new SubscriptionListener() {
            @Override
            public void onNotification(JsonNode result) {
                onHead.accept(BlockHeader.fromJson(result));
            }

            @Override
            public void onEnd(RpcException cause) {
                if (onEnd != null) {
                    onEnd.accept(cause);
                }
            }
        };
        return JsonRpcClient.await(client.subscribe(FINALIZED_HEADS, listener), timeout.plusSeconds(1),
                "chain_subscribeFinalizedHeads");
    }

    private JsonNode call(String method, Object... params) {
        return client.call(method, List.of(params), timeout);
    }

    private JsonNode call(String method, List<Object> params) {
        return client.call(method, params, timeout);
    }

    /** Optional block hash goes last; left out (not null) when absent, which every Substrate version accepts. */
    private static List<Object> atParam(H256 at, Object... leading) {
        List<Object> params = new ArrayList<>(List.of(leading));
        if (at != null) {
            params.add(at.hex());
        }
        return params;
    }

    private static H256 hash(JsonNode value, String what) {
        try {
            return new H256(value.asText(null));
        } catch (IllegalArgumentException e) {
            throw new RpcException(what + " returned no 32-byte hash: " + value, e);
        }
    }
}
