/**
 * Storage keys ({@code twox128(pallet) ++ twox128(entry) ++ hashed keys}) and storage values, by the metadata's
 * storage entries: {@link io.logicminer.subtensor.storage.StorageKeys}.
 */
package io.logicminer.subtensor.storage;
