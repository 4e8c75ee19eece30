package io.logicminer.subtensor.chain;

import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * The node calls {@link SubtensorClient} makes, as raw bytes and hex hashes; an adapter over the JSON-RPC client
 * implements it. Every method may throw {@link SubtensorException}.
 */
public interface NodeRpc extends AutoCloseable {

    /** The spec name and version of the runtime at the best block ({@code state_getRuntimeVersion}). */
    RuntimeVersion runtimeVersion();

    /** {@code state_call(method, params, at)}; {@code at} null means the best block. */
    byte[] stateCall(String method, byte[] params, String at);

    /** {@code state_getStorage(key, at)}; empty when the key holds nothing. */
    Optional<byte[]> storage(byte[] key, String at);

    /** {@code state_getMetadata} at the best block. */
    byte[] metadata();

    /** Hex hash of the finalized head ({@code chain_getFinalizedHead}). */
    String finalizedHead();

    /** The number of the block with hash {@code hash} ({@code chain_getHeader}). */
    long blockNumber(String hash);

    /** Calls {@code listener} with each finalized head's number until the handle is closed. */
    AutoCloseable subscribeFinalizedHeads(LongConsumer listener);

    @Override
    void close();

    /** A runtime's identity; metadata is cached per (spec name, spec version). */
    record RuntimeVersion(String specName, long specVersion, long transactionVersion) {
    }
}
