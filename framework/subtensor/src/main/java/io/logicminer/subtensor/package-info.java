/**
 * Subtensor chain client: SCALE codec and runtime metadata, JSON-RPC over WebSocket, signed extrinsics, and the
 * chain-backed metagraph. Everything chain-typed is decoded from the chain's own metadata.
 */
package io.logicminer.subtensor;
