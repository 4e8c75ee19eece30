/**
 * Runtime metadata V14, V15 and V16 ({@code state_getMetadata}), decoded by hand because no maintained JVM library
 * reads V14+: the portable type registry, pallets (storage, calls, events, errors with docs, constants), extrinsic
 * format and transaction extensions, runtime APIs. Entry point: {@link
 * io.logicminer.subtensor.metadata.RuntimeMetadata#decode(byte[])}.
 */
package io.logicminer.subtensor.metadata;
