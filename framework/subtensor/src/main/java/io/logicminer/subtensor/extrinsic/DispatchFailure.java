package io.logicminer.subtensor.extrinsic;

import io.logicminer.subtensor.metadata.ErrorMetadata;

/**
 * Why an included extrinsic failed: the {@code DispatchError} variant ({@code Module}, {@code BadOrigin},
 * {@code Token}...), for {@code Module} the pallet error with its docs, and a readable message.
 */
public record DispatchFailure(String kind, ErrorMetadata moduleError, String message) {
}
