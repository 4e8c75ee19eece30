/**
 * SCALE (Substrate's Simple Concatenated Aggregate Little-Endian) primitives: {@link
 * io.logicminer.subtensor.scale.ScaleReader} over untrusted bytes (every read bounds-checked, errors naming the
 * offset) and {@link io.logicminer.subtensor.scale.ScaleWriter}.
 */
package io.logicminer.subtensor.scale;
