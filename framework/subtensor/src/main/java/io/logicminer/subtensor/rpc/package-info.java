/**
 * JSON-RPC 2.0 over WebSocket for a Substrate/Subtensor node: {@link io.logicminer.subtensor.rpc.JsonRpcClient}
 * (id-correlated calls, subscriptions, reconnect with capped backoff, a cap on message size),
 * {@link io.logicminer.subtensor.rpc.SubstrateRpc} (typed wrappers over the node's RPC methods; payloads stay raw
 * bytes, decoding them is the codec's job) and {@link io.logicminer.subtensor.rpc.SubtensorEndpoints} (which URL a
 * {@code subtensor.network} name means).
 */
package io.logicminer.subtensor.rpc;
