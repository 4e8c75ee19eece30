package io.logicminer.subtensor.chain;

import io.logicminer.subtensor.rpc.H256;
import io.logicminer.subtensor.rpc.JsonRpcClient;
import io.logicminer.subtensor.rpc.RpcException;
import io.logicminer.subtensor.rpc.SubstrateRpc;
import io.logicminer.subtensor.rpc.Subscription;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * {@link NodeRpc} over {@link SubstrateRpc}. Connects lazily: a node that is down when the miner starts is retried on
 * the next call (the miner meanwhile serves its cached metagraph); once connected, the JSON-RPC client reconnects by
 * itself. RPC failures surface as {@link SubtensorException} naming the endpoint.
 */
public final class RpcNode implements NodeRpc {

    private final URI url;
    private final Duration callTimeout;
    private volatile JsonRpcClient client;
    private volatile SubstrateRpc rpc;
    private volatile boolean closed;

    public RpcNode(URI url, Duration callTimeout) {
        this.url = Objects.requireNonNull(url, "url");
        this.callTimeout = Objects.requireNonNull(callTimeout, "callTimeout");
    }

    /** The typed client, connecting first if needed. */
    public SubstrateRpc rpc() {
        SubstrateRpc current = rpc;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (closed) {
                throw new SubtensorException("the connection to " + url + " is closed");
            }
            if (rpc == null) {
                try {
                    client = JsonRpcClient.builder(url).requestTimeout(callTimeout).connectTimeout(callTimeout)
                            .connect();
                } catch (RpcException e) {
                    throw new SubtensorException(e.getMessage(), e);
                }
                rpc = new SubstrateRpc(client, callTimeout);
            }
            return rpc;
        }
    }

    /** {@code url} for messages. */
    public URI url() {
        return url;
    }

    @Override
    public RuntimeVersion runtimeVersion() {
        io.logicminer.subtensor.rpc.RuntimeVersion v = call(() -> rpc().runtimeVersion());
        return new RuntimeVersion(v.specName(), v.specVersion(), v.transactionVersion());
    }

    @Override
    public byte[] stateCall(String method, byte[] params, String at) {
        return call(() -> rpc().stateCall(method, params, at == null ? null : new H256(at)));
    }

    @Override
    public Optional<byte[]> storage(byte[] key, String at) {
        return call(() -> rpc().storage(key, at == null ? null : new H256(at)));
    }

    @Override
    public byte[] metadata() {
        return call(() -> rpc().metadata(null));
    }

    @Override
    public String finalizedHead() {
        return call(() -> rpc().finalizedHead().hex());
    }

    @Override
    public long blockNumber(String hash) {
        return call(() -> rpc().header(new H256(hash)).number());
    }

    @Override
    public AutoCloseable subscribeFinalizedHeads(LongConsumer listener) {
        Subscription subscription = call(() -> rpc().subscribeFinalizedHeads(h -> listener.accept(h.number()),
                end -> { }));
        return subscription::unsubscribe;
    }

    /** Runs an RPC, turning its failures into {@link SubtensorException}. */
    <T> T call(Supplier<T> body) {
        try {
            return body.get();
        } catch (RpcException e) {
            throw new SubtensorException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (client != null) {
                client.close();
            }
        }
    }
}
