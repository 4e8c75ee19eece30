/**
 * The dynamic codec: any value decoded or encoded by its type id in the metadata's registry, into a plain value model
 * (BigInteger, Boolean, String, byte[], List, LinkedHashMap, {@link io.logicminer.subtensor.codec.EnumValue},
 * {@link io.logicminer.subtensor.codec.BitSequence}) described on {@link io.logicminer.subtensor.codec.ValueDecoder};
 * {@link io.logicminer.subtensor.codec.RuntimeApiCall} for {@code state_call}.
 */
package io.logicminer.subtensor.codec;
